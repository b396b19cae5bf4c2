"""The ten tables of sealed-trial19 (invented names and amounts). Each builder returns (table, alterations)."""
import random

from model import Col, Table

NLP = '[$-413]#,##0;-#,##0;"-"'
PAREN = '#,##0;(#,##0);"-"'
PLAIN = '#,##0'
SIGNED = '#,##0;-#,##0;0'


# ------------------------------------------------------------------ t01
def t01():
    rnd = random.Random(101)
    t = Table('t01_incidenteel', 'gemeente programmabegroting: overzicht incidentele baten en lasten per programma')
    t.title = 'Overzicht incidentele baten en lasten'
    t.subtitle = 'Programmabegroting 2026-2029 gemeente Oosterwolde, artikel 19 lid 1c BBV'
    t.scale = 'bedragen x € 1.000'
    years = ['2026', '2027', '2028', '2029']
    t.cols = [Col('y%d' % i, y, group='Begroting' if i == 0 else 'Meerjarenraming', fmt=PAREN, width=11)
              for i, y in enumerate(years)]
    t.label_title = 'Programma / omschrijving'
    t.label_width = 52
    t.font, t.size = 'Arial', 9
    t.neg_paren = True
    lasten = {
        'Programma 1 Bestuur en dienstverlening': ['Gemeenteraadsverkiezingen 2026', 'Implementatie Omgevingswet dienstverlening'],
        'Programma 3 Economie en werk': ['Transitievergoedingen re-integratie', 'Centrummanagement binnenstad (pilot)'],
        'Programma 5 Jeugd en onderwijs': ['Tijdelijke huisvesting basisschool De Kiem', 'Inhaalprogramma onderwijsachterstanden'],
        'Programma 6 Sociaal domein': ['Transformatiefonds jeugdhulp', 'Opvang ontheemden Oekraïne', 'Energietoeslag minima'],
        'Programma 8 Wonen en ruimte': ['Actualisatie bestemmingsplannen naar omgevingsplan', 'Flexwoningen Stationsweg'],
    }
    baten = {
        'Programma 1 Bestuur en dienstverlening': ['Rijksbijdrage verkiezingen'],
        'Programma 6 Sociaal domein': ['Rijksvergoeding opvang ontheemden', 'Specifieke uitkering energietoeslag'],
        'Programma 8 Wonen en ruimte': ['Verkoop gemeentelijk vastgoed Molenstraat', 'Bijdrage provincie flexwoningen'],
        'Algemene dekkingsmiddelen': ['Vrijval voorziening wethouderspensioenen'],
    }
    ids = {}

    def block(kind, data, tot_label):
        t.add(kind + '_h', 'Incidentele ' + kind, style='head')
        parts = []
        n = 0
        for prog, items in data.items():
            t.add('%s_p%d' % (kind, n), prog, style='head')
            for it in items:
                n += 1
                rid = '%s_%d' % (kind, n)
                vals = {}
                for i in range(4):
                    if rnd.random() < 0.3 + 0.15 * i:
                        vals['y%d' % i] = 0
                    else:
                        vals['y%d' % i] = rnd.randint(40, 1900)
                t.add(rid, it, vals=vals)
                t.rows[-1].indent = 1
                parts.append(rid)
                ids[it] = rid
        t.add(kind + '_tot', tot_label, style='sub')
        t.vsum(kind + '_tot', parts)
        t.add(kind + '_b', '', style='blank')

    block('lasten', lasten, 'Totaal incidentele lasten')
    block('baten', baten, 'Totaal incidentele baten')
    t.add('saldo', 'Saldo incidentele baten en lasten', style='total')
    t.vsum('saldo', ['baten_tot', 'lasten_tot'], signs=[1, -1])
    t.notes = ['Een negatief saldo (tussen haakjes) betekent dat de incidentele lasten hoger zijn dan de incidentele baten.']
    t.recompute()
    alts = dict(p1=(ids['Opvang ontheemden Oekraïne'], 'y1', 1),
                tot=('saldo', 'y0', 100),
                dele=ids['Centrummanagement binnenstad (pilot)'],
                sub=('baten_tot', 'y2', 1000))
    return t, alts


# ------------------------------------------------------------------ t02
TAAKVELDEN = [
    ('0', 'Bestuur en ondersteuning', [
        ('0.1', 'Bestuur'), ('0.2', 'Burgerzaken'), ('0.3', 'Beheer overige gebouwen en gronden'), ('0.4', 'Overhead'),
        ('0.5', 'Treasury'), ('0.61', 'OZB woningen'), ('0.62', 'OZB niet-woningen'), ('0.63', 'Parkeerbelasting'),
        ('0.64', 'Belastingen overig'), ('0.7', 'Algemene uitkering en overige uitkeringen gemeentefonds'),
        ('0.8', 'Overige baten en lasten'), ('0.9', 'Vennootschapsbelasting (VpB)'), ('0.10', 'Mutaties reserves')]),
    ('1', 'Veiligheid', [('1.1', 'Crisisbeheersing en brandweer'), ('1.2', 'Openbare orde en veiligheid')]),
    ('2', 'Verkeer, vervoer en waterstaat', [('2.1', 'Verkeer en vervoer'), ('2.2', 'Parkeren'),
                                             ('2.4', 'Economische havens en waterwegen'), ('2.5', 'Openbaar vervoer')]),
    ('3', 'Economie', [('3.1', 'Economische ontwikkeling'), ('3.2', 'Fysieke bedrijfsinfrastructuur'),
                       ('3.3', 'Bedrijvenloket en bedrijfsregelingen'), ('3.4', 'Economische promotie')]),
    ('4', 'Onderwijs', [('4.1', 'Openbaar basisonderwijs'), ('4.2', 'Onderwijshuisvesting'),
                        ('4.3', 'Onderwijsbeleid en leerlingzaken')]),
    ('5', 'Sport, cultuur en recreatie', [
        ('5.1', 'Sportbeleid en activering'), ('5.2', 'Sportaccommodaties'),
        ('5.3', 'Cultuurpresentatie, cultuurproductie en cultuurparticipatie'), ('5.4', 'Musea'),
        ('5.5', 'Cultureel erfgoed'), ('5.6', 'Media'), ('5.7', 'Openbaar groen en (openlucht) recreatie')]),
    ('6', 'Sociaal domein', [
        ('6.1', 'Samenkracht en burgerparticipatie'), ('6.2', 'Toegang en eerstelijnsvoorzieningen'),
        ('6.3', 'Inkomensregelingen'), ('6.4', 'Begeleide participatie'), ('6.5', 'Arbeidsparticipatie'),
        ('6.6', 'Maatwerkvoorzieningen (WMO)'), ('6.71', 'Maatwerkdienstverlening 18+'),
        ('6.72', 'Maatwerkdienstverlening 18-'), ('6.81', 'Geëscaleerde zorg 18+'), ('6.82', 'Geëscaleerde zorg 18-')]),
    ('7', 'Volksgezondheid en milieu', [('7.1', 'Volksgezondheid'), ('7.2', 'Riolering'), ('7.3', 'Afval'),
                                        ('7.4', 'Milieubeheer'), ('7.5', 'Begraafplaatsen en crematoria')]),
    ('8', 'Volkshuisvesting, leefomgeving en stedelijke vernieuwing', [
        ('8.1', 'Ruimtelijke ordening'), ('8.2', 'Grondexploitatie (niet-bedrijventerreinen)'), ('8.3', 'Wonen en bouwen')]),
]


def t02():
    rnd = random.Random(202)
    t = Table('t02_taakvelden', 'gemeente begroting: overzicht baten en lasten per taakveld')
    t.title = 'Overzicht van baten en lasten per taakveld'
    t.subtitle = 'Gemeente Lingewaard-Zuid, begroting 2026 (bedragen in euro\'s)'
    t.cols = [Col('l', 'Lasten', fmt=NLP, width=15), Col('b', 'Baten', fmt=NLP, width=15),
              Col('s', 'Saldo', fmt=NLP, width=15)]
    t.code_col = 'Taakveld'
    t.label_title = 'Omschrijving'
    t.label_width = 58
    t.font, t.size = 'Verdana', 8
    t.repeat_header = True
    t.fit_width = True
    t.footer = 'Pagina &P van &N'
    t.hsum('s', [(1, 'b'), (-1, 'l')])
    heads = []
    ids = {}
    for hc, hl, tvs in TAAKVELDEN:
        hid = 'h' + hc
        t.add(hid, hl, code=hc, style='sub')      # hoofdtaakveld line printed ABOVE its taakvelden
        parts = []
        for code, lab in tvs:
            rid = 'tv' + code
            l = rnd.randint(80, 9000) * 1000 + rnd.randint(0, 999)
            b = 0 if rnd.random() < 0.25 else rnd.randint(0, l // 1000) * 1000 + rnd.randint(0, 999)
            if code in ('0.61', '0.62', '0.63', '0.64', '0.7'):
                l, b = rnd.randint(50, 900) * 1000 + rnd.randint(0, 999), rnd.randint(4000, 60000) * 1000 + rnd.randint(0, 999)
                if code == '0.7':
                    l, b = 0, 71843000 + rnd.randint(0, 999999)
            t.add(rid, lab, code=code, vals={'l': l, 'b': b})
            parts.append(rid)
            ids[code] = rid
        t.vsum(hid, parts)
        heads.append(hid)
        t.add('bl' + hc, '', style='blank')
    t.add('tot', 'Totaal taakvelden', style='total')
    t.vsum('tot', heads)
    t.notes = ['Saldo = baten minus lasten; een negatief saldo is een nadeel.',
               'Bron: Programmabegroting 2026, bijlage taakvelden (BBV art. 8 lid 2).']
    t.recompute()
    alts = dict(p1=(ids['6.71'], 'l', 1), tot=('tot', 'b', 100000), dele=ids['5.4'], sub=('h2', 'l', 50000))
    return t, alts


# ------------------------------------------------------------------ t03
def t03():
    rnd = random.Random(303)
    t = Table('t03_geldleningen', 'gemeente jaarstukken: staat van langlopende geldleningen')
    t.title = 'Staat van opgenomen langlopende geldleningen 2025'
    t.subtitle = 'Gemeente Heuvelrug-Noord, jaarrekening 2025 (bijlage)'
    t.code_col = 'Nr.'
    t.label_title = 'Geldgever'
    t.label_width = 34
    t.cols = [Col('rente_pct', 'Rente %', kind='info', fmt='0.000', width=8),
              Col('eind_jr', 'Looptijd t/m', kind='info', fmt='0', width=9),
              Col('b', 'Stand 1-1-2025', fmt=PLAIN, width=14),
              Col('o', 'Opgenomen', fmt=PLAIN, width=13),
              Col('a', 'Aflossing', fmt=PLAIN, width=13),
              Col('e', 'Stand 31-12-2025', fmt=PLAIN, width=14),
              Col('r', 'Rente', fmt=PLAIN, width=12)]
    t.font, t.size = 'Times New Roman', 9
    t.landscape = True
    t.header_wrap = True
    t.hsum('e', [(1, 'b'), (1, 'o'), (-1, 'a')])
    lenders = ['BNG Bank N.V.', 'Nederlandse Waterschapsbank N.V.', 'BNG Bank N.V.', 'ABP Pensioenfonds',
               'BNG Bank N.V.', 'Nederlandse Waterschapsbank N.V.', 'Stichting Pensioenfonds Zorg en Welzijn',
               'BNG Bank N.V.', 'Nationale-Nederlanden Leven N.V.', 'Nederlandse Waterschapsbank N.V.',
               'BNG Bank N.V.', 'Provincie Utrecht (Stimuleringslening)', 'BNG Bank N.V.', 'Rabobank U.A.']
    parts = []
    ids = {}
    for i, g in enumerate(lenders):
        nr = str(40211 + i * 37 + rnd.randint(0, 30))
        b = rnd.randint(8, 300) * 10000 + rnd.randint(0, 9999)
        opg = 0
        if i in (12, 13):
            b, opg = 0, rnd.randint(30, 90) * 100000
        afl = min(b, rnd.randint(1, 20) * 25000) if b else 0
        pct = round(rnd.uniform(0.4, 4.9), 3)
        rente = round((b - afl / 2 + opg / 3) * pct / 100)
        rid = 'l%d' % i
        t.add(rid, g, code=nr, vals={'rente_pct': pct, 'eind_jr': 2027 + rnd.randint(0, 24), 'b': b, 'o': opg,
                                     'a': afl, 'r': rente})
        parts.append(rid)
        ids[i] = rid
    t.add('tot', 'Totaal', style='total')
    t.vsum('tot', parts)
    t.notes = ['Rente: werkelijk betaalde rente in 2025, inclusief toe te rekenen rente over gebroken perioden.']
    t.recompute()
    # no subtotals: _sub changes another line by a large amount
    alts = dict(p1=(ids[4], 'a', 1), tot=('tot', 'r', 10000), dele=ids[9], sub=(ids[2], 'b', 200000))
    return t, alts


# ------------------------------------------------------------------ t04
def t04():
    rnd = random.Random(404)
    t = Table('t04_gr_bijdrage', 'GR begroting: gemeentelijke bijdragen naar inwonertal')
    t.title = 'Bijdragen deelnemende gemeenten'
    t.subtitle = 'Gemeenschappelijke regeling Omgevingsdienst Rivierenland-West, begroting 2026 en meerjarenraming 2027'
    t.label_title = 'Gemeente'
    t.label_width = 24
    t.cols = [Col('inw', 'Inwoners per 1-1-2025', fmt=PLAIN, width=12),
              Col('pct', 'Aandeel %', fmt='0.00', width=9, unit=0.01),
              Col('b26', 'Bijdrage 2026', fmt='€ #,##0', width=14),
              Col('b27', 'Bijdrage 2027', fmt='€ #,##0', width=14)]
    t.font, t.size = 'Cambria', 10
    t.header_wrap = True
    t.header_height = 30
    t.total_border = True
    gem = ['Beusichem-Noord', 'Culemborg-West', 'Geldermalsen', 'Gorinchem-Oost', 'Leerdam', 'Lingedal',
           'Neder-Betuwe-Zuid', 'Tielerwaard', 'Vijfheerenlanden-Noord', 'West Maas en Waal', 'Zaltbommel', 'Maasdriel-Oost']
    inw = [rnd.randint(9000, 62000) for _ in gem]
    T = sum(inw)
    raw = [x * 10000 / T for x in inw]
    pc = [int(r) for r in raw]
    rest = 10000 - sum(pc)
    for i in sorted(range(len(gem)), key=lambda i: raw[i] - pc[i], reverse=True)[:rest]:
        pc[i] += 1
    pcts = [p / 100 for p in pc]

    def verdeel(total):
        v = [round(total * p / 10000) for p in pc]
        v[0] += total - sum(v)
        return v
    b26 = verdeel(4817300)
    b27 = verdeel(4962800)
    parts = []
    ids = {}
    for i, g in enumerate(gem):
        rid = 'g%d' % i
        t.add(rid, g, vals={'inw': inw[i], 'pct': pcts[i], 'b26': b26[i], 'b27': b27[i]})
        parts.append(rid)
        ids[g] = rid
    t.add('tot', 'Totaal', style='total')
    t.vsum('tot', parts)
    t.notes = ['Verdeelsleutel: aantal inwoners per 1 januari 2025 (CBS). Bedragen in euro\'s.']
    t.recompute()
    t.row('tot').vals['pct'] = round(t.row('tot').vals['pct'], 2)
    alts = dict(p1=(ids['Leerdam'], 'b27', 1), tot=('tot', 'inw', 1000), dele=ids['Tielerwaard'],
                sub=(ids['Zaltbommel'], 'b26', 25000))
    return t, alts


# ------------------------------------------------------------------ t05
def t05():
    rnd = random.Random(505)
    t = Table('t05_emu_saldo', 'gemeente begroting: berekening EMU-saldo (model BBV)')
    t.title = 'EMU-saldo'
    t.subtitle = 'Gemeente Dijkstreek, programmabegroting 2026 (bedragen x € 1.000)'
    t.code_col = 'Nr.'
    t.label_title = 'Omschrijving'
    t.label_width = 66
    t.label_wrap = True
    t.cols = [Col('y25', '2025 Volgens realisatie tot en met sept. 2025, aangevuld met raming resterende periode', fmt=SIGNED, width=17),
              Col('y26', '2026 Volgens begroting 2026', fmt=SIGNED, width=15),
              Col('y27', '2027 Volgens meerjarenraming in begroting 2026', fmt=SIGNED, width=15)]
    t.header_wrap = True
    t.header_height = 78
    t.font, t.size = 'Calibri', 10
    lines = [
        ('1', 'Saldo van baten en lasten (+)', 1, (-2500, 3500)),
        ('2', 'Mutatie (im)materiële vaste activa: afschrijvingen ten laste van de exploitatie (+)', 1, (4000, 9000)),
        ('3', 'Bruto dotaties aan de post voorzieningen ten laste van de exploitatie (+)', 1, (300, 2500)),
        ('4', 'Investeringen in (im)materiële vaste activa die op de balans worden geactiveerd (-/-)', -1, (6000, 21000)),
        ('5', 'Baten uit bijdragen van andere overheden, de Europese Unie en overigen, die niet op de exploitatie worden verantwoord, maar rechtstreeks worden toegerekend aan de post investeringen (+)', 1, (0, 2500)),
        ('6', 'Desinvesteringen in (im)materiële vaste activa: baten uit desinvesteringen (tegen verkoopprijs), voor zover niet op de exploitatie verantwoord (+)', 1, (0, 400)),
        ('7', 'Aankoop van grond en de uitgaven aan bouw-, woonrijp maken e.d. (-/-)', -1, (500, 4000)),
        ('8', 'Baten bouwgrondexploitatie: baten voor zover transacties met derden betreffen (+)', 1, (800, 6000)),
        ('9', 'Lasten op balanspost voorzieningen voor zover deze transacties met derden betreffen (-/-)', -1, (200, 1800)),
        ('10', 'Lasten ivm transacties met derden, die niet via het saldo van baten en lasten lopen maar rechtstreeks ten laste van de reserves worden gebracht (-/-)', -1, (0, 900)),
        ('11', 'Verkoop van effecten: verwachte boekwinst op de exploitatie (-/-)', -1, (0, 0)),
    ]
    parts, signs = [], []
    ids = {}
    for code, lab, sg, (lo, hi) in lines:
        rid = 'n' + code
        vals = {k: rnd.randint(lo, hi) for k in ('y25', 'y26', 'y27')}
        t.add(rid, lab, code=code, vals=vals)
        parts.append(rid)
        signs.append(sg)
        ids[code] = rid
        if code == '10':
            t.add('n11a', 'Verkoop van effecten: gaat u effecten verkopen? (ja/nee)', code='11a',
                  text={'y25': 'nee', 'y26': 'nee', 'y27': 'nee'})
    t.add('emu', 'Berekend EMU-saldo', style='total')
    t.vsum('emu', parts, signs=signs)
    t.notes = ['Bron: model EMU-saldo volgens de Regeling informatie voor derden / BBV; + verhoogt en -/- verlaagt het EMU-saldo.']
    t.recompute()
    alts = dict(p1=(ids['3'], 'y26', 1), tot=('emu', 'y27', 1000), dele=ids['8'], sub=(ids['4'], 'y25', 5000))
    return t, alts


# ------------------------------------------------------------------ t06
def t06():
    rnd = random.Random(606)
    t = Table('t06_overhead', 'gemeente begroting: overzicht overhead (taakveld 0.4) per kostenplaats')
    t.title = 'Overzicht overhead'
    t.subtitle = 'Gemeente Kempenland, begroting 2026, taakveld 0.4 Overhead naar kostenplaats'
    t.scale = '(x € 1.000)'
    t.label_title = 'Kostenplaats'
    t.label_width = 46
    fmt = '#,##0,;-#,##0,;"-"'
    t.cols = [Col('l', 'Lasten', fmt=fmt, width=12), Col('b', 'Baten', fmt=fmt, width=12),
              Col('s', 'Saldo', fmt=fmt, width=12)]
    t.font, t.size = 'Georgia', 10
    t.unit = 1000
    t.alt_unit = [(0.001, 1)]
    t.hsum('s', [(1, 'l'), (-1, 'b')])
    names = ['Directie en managementondersteuning', 'Financiën en control', 'Personeel en organisatie (HRM)',
             'Informatievoorziening en automatisering', 'Facilitaire zaken en huisvesting', 'Juridische zaken en inkoop',
             'Communicatie', 'Documentaire informatievoorziening', 'Bestuursondersteuning en secretariaat']
    base = []
    for n in names:
        l = rnd.randint(400, 6500)
        b = 0 if rnd.random() < 0.4 else rnd.randint(5, max(6, l // 8))
        base.append((l, b))
    parts = []
    for i, n in enumerate(names):
        t.add('k%d' % i, n, vals={})
        parts.append('k%d' % i)
    t.add('tot', 'Totaal overhead', style='total')
    t.vsum('tot', parts)
    t.add('bl', '', style='blank')
    t.notes = ['Saldo = lasten minus baten. Bedragen zijn afgerond op duizenden euro\'s.']
    # euros with small remainders, chosen so that every relation also foots in the printed thousands
    for attempt in range(10000):
        for i, (l, b) in enumerate(base):
            r = t.row('k%d' % i)
            r.vals = {'l': l * 1000 + rnd.randint(-380, 380), 'b': (b * 1000 + rnd.randint(-380, 380)) if b else 0}
        t.recompute()
        if not t.failing(displayed=lambda v: round(v / 1000)):
            break
    else:
        raise SystemExit('t06: no footing remainders found')
    alts = dict(p1=('k3', 'l', 1000), tot=('tot', 's', 100000), dele='k6', sub=('k1', 'b', 250000))
    return t, alts


# ------------------------------------------------------------------ t07
def t07():
    rnd = random.Random(707)
    t = Table('t07_reserves_voorzieningen', 'gemeente jaarstukken: overzicht reserves en voorzieningen')
    t.title = 'Overzicht reserves en voorzieningen'
    t.subtitle = 'Gemeente Waterland-Oost, jaarrekening 2025 (bedragen in €)'
    t.label_title = 'Reserve / voorziening'
    t.label_width = 44
    t.cols = [Col('b', 'Saldo 1-1-2025', fmt=PAREN, width=14), Col('t', 'Toevoeging', fmt=PAREN, width=13),
              Col('o', 'Onttrekking', fmt=PAREN, width=13), Col('e', 'Saldo 31-12-2025', fmt=PAREN, width=14)]
    t.font, t.size = 'Segoe UI', 9
    t.landscape = True
    t.hsum('e', [(1, 'b'), (1, 't'), (-1, 'o')])
    soorten = [
        ('alg', 'Algemene reserves', 'Totaal algemene reserves', ['Algemene reserve', 'Reserve weerstandsvermogen grondexploitatie']),
        ('best', 'Bestemmingsreserves', 'Totaal bestemmingsreserves', [
            'Reserve kapitaallasten sporthal De Wielewaal', 'Reserve sociaal domein', 'Reserve onderhoud kapitaalgoederen',
            'Reserve omgevingswet', 'Reserve duurzaamheid en energietransitie', 'Reserve nog uit te voeren werken',
            'Reserve egalisatie afvalstoffenheffing']),
        ('vz', 'Voorzieningen', 'Totaal voorzieningen', [
            'Voorziening pensioenen (voormalig) wethouders', 'Voorziening groot onderhoud gemeentelijke gebouwen',
            'Voorziening egalisatie rioolheffing', 'Voorziening dubieuze debiteuren sociaal domein']),
    ]
    subs = []
    ids = {}
    for sid, head, tot, items in soorten:
        t.add(sid + '_h', head, style='head')
        parts = []
        for j, it in enumerate(items):
            rid = '%s%d' % (sid, j)
            b = rnd.randint(50, 9000) * 1000 + rnd.randint(0, 999)
            tv = 0 if rnd.random() < 0.3 else rnd.randint(10, 2500) * 100 + rnd.randint(0, 99)
            o = 0 if rnd.random() < 0.3 else min(b + tv, rnd.randint(10, 3000) * 100 + rnd.randint(0, 99))
            t.add(rid, it, vals={'b': b, 't': tv, 'o': o})
            parts.append(rid)
            ids[it] = rid
        t.add(sid + '_t', tot, style='sub')
        t.vsum(sid + '_t', parts)
        subs.append(sid + '_t')
        t.add(sid + '_bl', '', style='blank')
    t.add('tot', 'Totaal reserves en voorzieningen', style='total')
    t.vsum('tot', subs)
    t.recompute()
    alts = dict(p1=(ids['Reserve sociaal domein'], 'b', 1), tot=('tot', 'b', 1000000),
                dele=ids['Voorziening egalisatie rioolheffing'], sub=('best_t', 't', 100000))
    return t, alts


# ------------------------------------------------------------------ t08
def t08():
    rnd = random.Random(808)
    t = Table('t08_begrotingswijziging', 'gemeente: begrotingswijziging met I/S per mutatie, 2026 en 2027')
    t.title = 'Begrotingswijziging 2026-07 (Voorjaarsnota 2026)'
    t.subtitle = 'Gemeente Zeevang-Beemster, raadsbesluit 2 juli 2026'
    t.label_title = 'Programma / mutatie'
    t.label_width = 50
    money = '#,##0;-#,##0;0'
    t.cols = [Col('is', 'I/S', kind='text', width=5)]
    for y in ('2026', '2027'):
        t.cols += [Col('l' + y, 'Lasten', group=y, fmt=money, width=11),
                   Col('b' + y, 'Baten', group=y, fmt=money, width=11),
                   Col('s' + y, 'Saldo', group=y, fmt=money, width=11)]
        t.hsum('s' + y, [(1, 'b' + y), (-1, 'l' + y)])
    t.font, t.size = 'Arial Narrow', 9
    t.landscape = True
    t.repeat_header = True
    progs = [
        ('Programma 1 Veiligheid', ['Hogere bijdrage veiligheidsregio', 'Cameratoezicht uitgaansgebied']),
        ('Programma 2 Verkeer en mobiliteit', ['Onderhoud fietspaden (achterstallig)', 'Verkeersveiligheid schoolzones', 'Bijdrage provincie snelfietsroute']),
        ('Programma 4 Onderwijs', ['Leerlingenvervoer prijsindexatie', 'Onderwijshuisvesting tijdelijke lokalen']),
        ('Programma 6 Sociaal domein', ['Jeugdhulp volumeontwikkeling', 'Wmo huishoudelijke hulp abonnementstarief', 'Participatiebudget rijksmiddelen', 'Bijzondere bijstand']),
        ('Programma 7 Volksgezondheid en milieu', ['Afvalinzameling contractverlenging', 'Rioolheffing aanpassing tarief']),
        ('Algemene dekkingsmiddelen', ['Algemene uitkering meicirculaire 2026', 'OZB areaaluitbreiding', 'Stelpost loon- en prijsontwikkeling']),
    ]
    subs = []
    ids = {}
    for pi, (pn, items) in enumerate(progs):
        t.add('p%d_h' % pi, pn, style='head')
        parts = []
        for j, it in enumerate(items):
            rid = 'p%d_%d' % (pi, j)
            s = 'I' if rnd.random() < 0.45 else 'S'
            vals = {}
            for y in ('2026', '2027'):
                if s == 'I' and y == '2027':
                    vals['l' + y], vals['b' + y] = 0, 0
                    continue
                kind = rnd.random()
                l = rnd.randint(5, 900) * 1000 if kind < 0.7 else 0
                b = rnd.randint(5, 700) * 1000 if kind > 0.5 else 0
                if rnd.random() < 0.2 and l:
                    l = -l   # lagere lasten
                vals['l' + y], vals['b' + y] = l, b
            t.add(rid, it, vals=vals, text={'is': s})
            parts.append(rid)
            ids[it] = rid
        t.add('p%d_t' % pi, 'Totaal ' + pn, style='sub')
        t.vsum('p%d_t' % pi, parts)
        subs.append('p%d_t' % pi)
        t.add('p%d_bl' % pi, '', style='blank')
    t.add('tot', 'Totaal begrotingswijziging', style='total')
    t.vsum('tot', subs)
    t.notes = ['I = incidenteel, S = structureel. Saldo = baten minus lasten (negatief = nadeel).',
               'Het saldo 2026 wordt gedekt uit de algemene reserve (raadsbesluit 2026-07, beslispunt 2).']
    t.recompute()
    alts = dict(p1=(ids['Cameratoezicht uitgaansgebied'], 'l2026', 1), tot=('tot', 'b2027', 100000),
                dele=ids['Wmo huishoudelijke hulp abonnementstarief'], sub=('p4_t', 'l2026', 10000))
    return t, alts


# ------------------------------------------------------------------ t09
def t09():
    rnd = random.Random(909)
    t = Table('t09_balans', 'provincie begroting: geprognosticeerde balans')
    t.title = 'Geprognosticeerde balans'
    t.subtitle = 'Provincie Noordkust, programmabegroting 2026, paragraaf financiering (bedragen x € 1 miljoen)'
    t.label_title = ''
    t.label_width = 66
    t.cols = [Col('y%d' % i, '31-12-%d' % (2026 + i), group='Geprognosticeerde balans per', fmt=PLAIN, width=12)
              for i in range(4)]
    t.font, t.size = 'Calibri', 11

    def grow(v, step):
        return [max(0, v + step * i + rnd.randint(-3, 3)) for i in range(4)]

    activa = [('Vaste activa', 'Totaal vaste activa', [
        ('Immateriële vaste activa', grow(12, -1)), ('Materiële vaste activa', grow(1480, 35)),
        ('Financiële vaste activa', grow(214, -6))]),
        ('Vlottende activa', 'Totaal vlottende activa', [
            ('Voorraden', grow(18, 2)), ('Uitzettingen met een rentetypische looptijd korter dan één jaar', grow(96, -4)),
            ('Liquide middelen', grow(7, 0)), ('Overlopende activa', grow(64, 1))])]
    passiva = [('Vaste passiva', 'Totaal vaste passiva', [
        ('Eigen vermogen', grow(690, -12)), ('Voorzieningen', grow(88, 3)),
        ('Vaste schulden met een rentetypische looptijd van één jaar of langer', None)]),
        ('Vlottende passiva', 'Totaal vlottende passiva', [
            ('Netto-vlottende schulden met een rentetypische looptijd korter dan één jaar', grow(120, 4)),
            ('Overlopende passiva', grow(145, 2))])]
    ids = {}

    def side(key, groups, tot_label):
        t.add(key + '_h', key.capitalize(), style='head')
        subs = []
        for gi, (gh, gt, items) in enumerate(groups):
            t.add('%s%d_h' % (key, gi), gh, style='head')
            parts = []
            for j, (lab, vals) in enumerate(items):
                rid = '%s%d_%d' % (key, gi, j)
                t.add(rid, lab, vals={'y%d' % i: v for i, v in enumerate(vals)} if vals else {})
                t.rows[-1].indent = 1
                parts.append(rid)
                ids[lab] = rid
            t.add('%s%d_t' % (key, gi), gt, style='sub')
            t.vsum('%s%d_t' % (key, gi), parts)
            subs.append('%s%d_t' % (key, gi))
        t.add(key + '_tot', tot_label, style='total')
        t.vsum(key + '_tot', subs)
        t.add(key + '_bl', '', style='blank')

    side('activa', activa, 'Totaal activa')
    # vaste schulden balance the balans
    side('passiva', passiva, 'Totaal passiva')
    t.recompute()
    vs = t.row(ids['Vaste schulden met een rentetypische looptijd van één jaar of langer'])
    for i in range(4):
        k = 'y%d' % i
        vs.vals[k] = t.row('activa_tot').vals[k] - t.row('passiva_tot').vals[k]
    assert all(v > 0 for v in vs.vals.values())
    t.recompute()
    t.notes = ['Bron: meerjarige liquiditeitsprognose; de balans per 31-12-2026 is gebaseerd op de begroting na de 1e wijziging.']
    alts = dict(p1=(ids['Voorraden'], 'y2', 1), tot=('activa_tot', 'y3', 100), dele=ids['Financiële vaste activa'],
                sub=('passiva1_t', 'y1', 20))
    return t, alts


# ------------------------------------------------------------------ t10
def t10():
    t = Table('t10_kostentoedeling', 'waterschap begroting: kostentoedeling naar categorieën')
    t.title = 'Kostentoedeling naar belastingcategorieën'
    t.subtitle = 'Waterschap Hunze en Veenkoloniën-West, begroting 2026 (kostentoedelingsverordening 2024)'
    t.label_title = 'Taak'
    t.label_width = 30
    cats = [('ing', 'Ingezetenen'), ('geb', 'Gebouwd'), ('ong', 'Ongebouwd'), ('nat', 'Natuur')]
    # one sheet, two blocks, each block its own column header line: percentages then amounts
    t.cols = [Col(k, lab, fmt='#,##0;-#,##0;"-"', width=13) for k, lab in cats] + [Col('tot', 'Totaal', fmt='#,##0', width=14)]
    t.no_header = True
    t.font, t.size = 'Tahoma', 9
    t.landscape = True
    pct = {'Watersysteembeheer': [3200, 4150, 2480, 170], 'Zuiveringsbeheer': [6150, 3850, 0, 0],
           'Wegenbeheer': [4400, 2900, 2700, 0]}
    kosten = {'Watersysteembeheer': 38264500, 'Zuiveringsbeheer': 51803200, 'Wegenbeheer': 9417800}
    t.amount_fmt = '#,##0;-#,##0;"-"'
    t.add('pa_title', 'A. Toedelingspercentages per taak', style='head')
    t.add('pa_head', '', style='colhead', text={'cols': ['Ingezetenen', 'Gebouwd', 'Ongebouwd', 'Natuur', 'Totaal']})
    prow = []
    for tk, p in pct.items():
        rid = 'p_' + tk
        t.add(rid, tk, vals={k: v / 10000 for (k, _), v in zip(cats, p)})
        t.rows[-1].fmt = '0.00%'
        prow.append(rid)
    t.hsum('tot', [(1, k) for k, _ in cats])
    t.add('bl1', '', style='blank')
    t.add('ba_title', 'B. Toe te delen netto kosten per categorie (bedragen in €)', style='head')
    t.add('ba_head', 'Taak', style='colhead', text={'cols': ['Ingezetenen', 'Gebouwd', 'Ongebouwd', 'Natuur', 'Totaal']})
    arow = []
    for tk, p in pct.items():
        rid = 'a_' + tk
        v = [round(kosten[tk] * x / 10000) for x in p]
        i = max(range(4), key=lambda q: p[q])
        v[i] += kosten[tk] - sum(v)
        t.add(rid, tk, vals={k: x for (k, _), x in zip(cats, v)})
        arow.append(rid)
    t.add('a_tot', 'Totaal', style='total')
    t.vsum('a_tot', arow, cols=[k for k, _ in cats] + ['tot'])
    t.recompute()
    for rid in prow:
        t.row(rid).vals['tot'] = round(t.row(rid).vals['tot'], 4)
    t.pct_rows = set(prow)
    t.notes = ['De percentages zijn vastgesteld in de kostentoedelingsverordening; de bedragen zijn afgerond op hele euro\'s.']
    alts = dict(p1=('a_Wegenbeheer', 'ong', 1), tot=('a_tot', 'tot', 1000000), dele='a_Zuiveringsbeheer',
                sub=('a_Watersysteembeheer', 'geb', 500000))
    return t, alts


ALL = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10]
