# Builds the 10 clean tables + 40 altered copies + truth.json (run with .venv/bin/python)
import json, random, copy, os, re
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

R = random.Random(15)
def rnd(a, b): return R.randint(a, b)

TABLES = []
def C(key, title, group=None, num=True, width=12, dec=0, summed=True):
    return dict(key=key, title=title, group=group, num=num, width=width, dec=dec, summed=summed)
def P(id, label, v=None, code='', **kw): d = dict(id=id, label=label, code=code, kind='part', v=v or {}); d.update(kw); return d
def S(id, label, of, kind='sub', code='', **kw): d = dict(id=id, label=label, code=code, kind=kind, of=of, v={}); d.update(kw); return d
def H(label, code=''): return dict(id=None, label=label, code=code, kind='head', v={})
def B(): return dict(id=None, label='', code='', kind='blank', v={})
def plus(ids): return [(i, 1) for i in ids]

# ---------------------------------------------------------------- 1 taakvelden
def t1():
    groups = [
     ('0', 'Bestuur en ondersteuning', [('0.1','Bestuur'),('0.2','Burgerzaken'),('0.3','Beheer overige gebouwen en gronden'),('0.4','Overhead'),('0.5','Treasury'),('0.61','OZB woningen'),('0.62','OZB niet-woningen'),('0.63','Parkeerbelasting'),('0.64','Belastingen overig'),('0.7','Algemene uitkering en overige uitkeringen gemeentefonds'),('0.8','Overige baten en lasten'),('0.9','Vennootschapsbelasting (VpB)')]),
     ('1', 'Veiligheid', [('1.1','Crisisbeheersing en brandweer'),('1.2','Openbare orde en veiligheid')]),
     ('2', 'Verkeer, vervoer en waterstaat', [('2.1','Verkeer en vervoer'),('2.2','Parkeren'),('2.4','Economische havens en waterwegen'),('2.5','Openbaar vervoer')]),
     ('3', 'Economie', [('3.1','Economische ontwikkeling'),('3.2','Fysieke bedrijfsinfrastructuur'),('3.3','Bedrijvenloket en bedrijfsregelingen'),('3.4','Economische promotie')]),
     ('4', 'Onderwijs', [('4.1','Openbaar basisonderwijs'),('4.2','Onderwijshuisvesting'),('4.3','Onderwijsbeleid en leerlingzaken')]),
     ('5', 'Sport, cultuur en recreatie', [('5.1','Sportbeleid en activering'),('5.2','Sportaccommodaties'),('5.3','Cultuurpresentatie, cultuurproductie en cultuurparticipatie'),('5.4','Musea'),('5.5','Cultureel erfgoed'),('5.6','Media'),('5.7','Openbaar groen en (openlucht)recreatie')]),
     ('6', 'Sociaal domein', [('6.1','Samenkracht en burgerparticipatie'),('6.2','Toegang en eerstelijnsvoorzieningen'),('6.3','Inkomensregelingen'),('6.4','WSW en beschut werk'),('6.5','Arbeidsparticipatie'),('6.6','Maatwerkvoorzieningen (WMO)'),('6.71','Maatwerkdienstverlening 18+'),('6.72','Maatwerkdienstverlening 18-'),('6.81','Geëscaleerde zorg 18+'),('6.82','Geëscaleerde zorg 18-')]),
     ('7', 'Volksgezondheid en milieu', [('7.1','Volksgezondheid'),('7.2','Riolering'),('7.3','Afval'),('7.4','Milieubeheer'),('7.5','Begraafplaatsen en crematoria')]),
     ('8', 'Volkshuisvesting, leefomgeving en stedelijke vernieuwing', [('8.1','Ruimtelijke ordening'),('8.2','Grondexploitatie (niet-bedrijventerreinen)'),('8.3','Wonen en bouwen')]),
    ]
    rows = []; gids = []
    for g, gl, tvs in groups:
        ids = []
        sub = S('g'+g, gl, None, code=g)  # subtotal ABOVE its parts
        rows.append(sub)
        for code, lab in tvs:
            bl = rnd(80, 9000); bb = rnd(0, bl // 3) if rnd(0, 3) else 0
            rl = bl + rnd(-400, 500); rb = bb + rnd(-50, 120) if bb else 0
            if code in ('0.61', '0.62', '0.7', '0.64'): bb, rb = rnd(6000, 60000), 0; rb = bb + rnd(-300, 300); bl, rl = rnd(100, 600), rnd(100, 600)
            if code == '0.7': bb = 91234; rb = 92877; bl = rl = 0
            if code == '0.9': bl = rl = bb = rb = 0
            if code == '7.2': bb = bl + 312; rb = rl + 406
            if code == '7.3': bb = bl - 95; rb = rl + 33
            rl = max(rl, 0); rb = max(rb, 0)
            rows.append(P('t'+code, lab, dict(bl=bl, bb=bb, rl=rl, rb=rb), code=code)); ids.append('t'+code)
        sub['of'] = plus(ids); gids.append('g'+g)
    rows.append(B())
    rows.append(S('tot', 'Totaal saldo van baten en lasten', plus(gids), kind='total'))
    return dict(name='t01_taakvelden', kind='gemeente: overzicht baten en lasten per taakveld',
        org='Gemeente Oosterwaarde', title='Jaarstukken 2025 - Overzicht van baten en lasten per taakveld', unit='Bedragen x € 1.000',
        cols=[C('bl','Lasten','Begroting 2025 na wijziging',width=12), C('bb','Baten','Begroting 2025 na wijziging',width=12),
              C('rl','Lasten','Realisatie 2025',width=12), C('rb','Baten','Realisatie 2025',width=12), C('rs','Saldo','Realisatie 2025',width=12)],
        coltitles={'bl':'Begroting 2025 na wijziging Lasten','bb':'Begroting 2025 na wijziging Baten','rl':'Realisatie 2025 Lasten','rb':'Realisatie 2025 Baten','rs':'Realisatie 2025 Saldo'},
        colrels=[('rs', [('rb',1),('rl',-1)])], rows=rows, codehdr='Taakveld', labelhdr='Omschrijving', labelw=48, neg='-', zero='-',
        setup=dict(landscape=True, font=10, titles=True, fit=True),
        alters=dict(p1=('t5.2','rl'), tot=('tot','rb','swap'), dele='t6.3', sub=('g4','rl',10)),
        footer='Bron: Iv3-overzicht jaarrekening 2025, taakvelden conform BBV.')

# ---------------------------------------------------------------- 2 leningen provincie
def t2():
    rows = []; subs = []
    cats = [('Onderhandse leningen van binnenlandse banken en overige financiële instellingen', 'BNG Bank', 8),
            ('Onderhandse leningen van binnenlandse pensioenfondsen en verzekeraars', 'pf', 3),
            ('Onderhandse leningen van buitenlandse instellingen', 'EIB', 2)]
    nr = 1001
    for ci, (cl, who, n) in enumerate(cats):
        rows.append(H(cl)); ids = []
        for i in range(n):
            g = {'BNG Bank': R.choice(['BNG Bank', 'NWB Bank']), 'pf': R.choice(['ABP', 'PFZW', 'Nationale-Nederlanden']), 'EIB': 'Europese Investeringsbank'}[who]
            r1 = rnd(15, 400) * 25000 if not (ci == 0 and i == 7) else 0
            op = 0 if r1 else 20000000
            af = 0 if op else min(r1, rnd(1, 40) * 25000)
            if ci == 0 and i == 3: af = r1  # laatste aflossing
            pct = round(R.uniform(0.18, 4.6), 3)
            rente = round((r1 - af / 2 + op / 4) * pct / 100)
            rows.append(P('l%d' % nr, g, code=str(nr), v=dict(dat='%02d-%02d-%d' % (rnd(1, 28), rnd(1, 12), rnd(2003, 2024)) if op == 0 else '15-06-2025', pct=pct,
                     r1=r1, op=op, af=af, rente=rente)))
            ids.append('l%d' % nr); nr += 1
        sid = 's%d' % ci; rows.append(S(sid, 'Subtotaal', plus(ids))); subs.append(sid); rows.append(B())
    # label Subtotaal is ambiguous -> give distinct labels
    rows[[r['id'] for r in rows].index('s0')]['label'] = 'Subtotaal binnenlandse banken'
    rows[[r['id'] for r in rows].index('s1')]['label'] = 'Subtotaal pensioenfondsen en verzekeraars'
    rows[[r['id'] for r in rows].index('s2')]['label'] = 'Subtotaal buitenlandse instellingen'
    rows.append(S('tot', 'Totaal langlopende leningen', plus(subs), kind='total'))
    return dict(name='t02_leningen', kind='provincie: staat van langlopende leningen',
        org='Provincie Zuidermeer', title='Jaarverslag 2025 - Bijlage 4: Staat van opgenomen langlopende geldleningen', unit='Bedragen in €',
        codehdr='Lening-nr.', cols=[C('dat','Datum afsluiting',num=False,width=11), C('pct','Rente %',dec=3,width=8,summed=False),
              C('r1','Restant 1-1-2025',width=14), C('op','Opgenomen',group='Mutaties 2025',width=13), C('af','Aflossing',group='Mutaties 2025',width=13),
              C('r2','Restant 31-12-2025',width=14), C('rente','Rentelast 2025',width=12)],
        colrels=[('r2', [('r1',1),('op',1),('af',-1)])], rows=rows, labelhdr='Geldgever', labelw=30, neg='-', zero='-',
        setup=dict(landscape=False, fit=True, font=8, wrap=True),
        alters=dict(p1=('l1005','af'), tot=('tot','r2','swap'), dele='l1009', sub=('s1','r1',10000)),
        footer='Renteperc. is het contractuele rentepercentage; rentelast is de in 2025 toegerekende rente.')

# ---------------------------------------------------------------- 3 incidentele baten en lasten
def t3():
    Y = ['y26','y27','y28','y29']
    def vals(n0, tail):
        v = {'y26': n0}
        for k in Y[1:]: v[k] = (rnd(n0 // 3, n0) if R.random() < tail else 0)
        return v
    progs = [('1','Veiligheid',['Actualisatie crisisplan','Extra inzet BOA\'s zomerperiode']),
             ('3','Economie',['Centrummanagement (tijdelijk)','Impuls binnenstad']),
             ('5','Sport, cultuur en recreatie',['Vervanging kunstgrasveld De Horst','Viering 750 jaar stadsrechten','Onderzoek zwembadvoorziening']),
             ('6','Sociaal domein',['Transformatiefonds jeugd','Inzet extra consulenten Wmo','Pilot schuldhulpverlening','Energietoeslag restant']),
             ('8','Volkshuisvesting en ruimtelijke ordening',['Implementatie Omgevingswet','Actualisatie bestemmingsplannen'])]
    rows = [H('Incidentele lasten')]; subs = []; n = 1
    for pc, pl, items in progs:
        rows.append(H('Programma %s %s' % (pc, pl))); ids = []
        for it in items:
            rows.append(P('L%d' % n, it, vals(rnd(40, 900), 0.4), code=str(n)))
            rows[-1]['v']['prog'] = pc; ids.append('L%d' % n); n += 1
        sid = 'SP' + pc; rows.append(S(sid, 'Subtotaal programma %s' % pc, plus(ids))); subs.append(sid)
    rows.append(S('TL', 'Totaal incidentele lasten', plus(subs), kind='total')); rows.append(B())
    rows.append(H('Incidentele baten')); ids = []
    for it, pc in [('Bijdrage provincie impuls binnenstad','3'),('Rijksbijdrage SPUK sport','5'),('Onttrekking reserve sociaal domein','6'),
                   ('Decentralisatie-uitkering Omgevingswet','8'),('Verkoop perceel Kerkstraat','8')]:
        rows.append(P('B%d' % n, it, vals(rnd(60, 700), 0.3), code=str(n)))
        rows[-1]['v']['prog'] = pc; ids.append('B%d' % n); n += 1
    rows.append(S('TB', 'Totaal incidentele baten', plus(ids), kind='total')); rows.append(B())
    rows.append(S('SAL', 'Saldo incidentele baten en lasten', [('TB',1),('TL',-1)], kind='total'))
    return dict(name='t03_incidenteel', kind='gemeente: overzicht incidentele baten en lasten',
        org='Gemeente Hoogeveld', title='Programmabegroting 2026-2029 - Overzicht incidentele baten en lasten', unit='(bedragen x € 1.000)',
        cols=[C('prog','Prog.',num=False,width=6)] + [C(k,'20'+k[1:],group='Raming',width=9) for k in Y],
        colrels=[], rows=rows, codehdr='Nr.', labelhdr='Omschrijving', labelw=28, codew=5, neg='-', zero='-', labelwrap=True,
        setup=dict(landscape=False, font=10, fit=True),
        alters=dict(p1=('L7','y27'), tot=('TB','y26','swap'), dele='L9', sub=('SP5','y26',10)),
        footer='Lasten en baten zijn als positief bedrag opgenomen; het saldo is baten minus lasten.')

# ---------------------------------------------------------------- 4 personeelsbegroting GR
def t4():
    afd = [('Directie en staf', [('Directeur',16,1,1.0),('Secretaris',13,1,1.0),('Beleidsadviseur',11,3,2.67),('Managementondersteuner',8,2,1.78)]),
           ('Vergunningverlening', [('Teamleider',13,1,1.0),('Senior vergunningverlener',11,6,5.33),('Vergunningverlener',10,9,8.22),('Medewerker VTH',8,4,3.11)]),
           ('Toezicht en handhaving', [('Teamleider',13,1,1.0),('Senior toezichthouder',11,5,4.89),('Toezichthouder',9,12,10.67),('Handhavingsjurist',11,2,1.56),('Milieuinspecteur',10,4,3.78)]),
           ('Bedrijfsvoering', [('Hoofd bedrijfsvoering',12,1,0.89),('Financieel adviseur',10,2,1.67),('P&O-adviseur',10,1,0.78),('Medewerker ICT',9,3,2.56),('Administratief medewerker',6,3,2.22)])]
    rows = []; subs = []; n = 0
    for a, fs in afd:
        rows.append(H(a)); ids = []
        for f, sch, aant, fte in fs:
            lk = round(fte * (2450 + 310 * (sch - 6)) * 12.96 + rnd(-800, 800)); sl = round(lk * R.uniform(0.27, 0.31))
            rows.append(P('f%d' % n, f, dict(sch=sch, aant=aant, fte=fte, lk=lk, sl=sl))); ids.append('f%d' % n); n += 1
        sid = 'a%d' % len(subs); rows.append(S(sid, 'Totaal ' + a.lower(), plus(ids))); subs.append(sid); rows.append(B())
    rows.append(S('tot', 'Totaal formatie en loonkosten', plus(subs), kind='total'))
    return dict(name='t04_personeel', kind='GR: personeelsbegroting per afdeling',
        org='Omgevingsdienst Rivierenland-Oost (gemeenschappelijke regeling)', title='Begroting 2026 - Bijlage 2: Personeelsbegroting per afdeling', unit='Bedragen in €, formatie in fte',
        cols=[C('sch','Schaal',width=6,summed=False), C('aant','Aantal',group='Formatie',width=6), C('fte','Fte',group='Formatie',width=6,dec=2),
              C('lk','Salarissen incl. toelagen',group='Loonkosten 2026',width=11), C('sl','Sociale lasten',group='Loonkosten 2026',width=10),
              C('tl','Totaal loonkosten',group='Loonkosten 2026',width=11)],
        colrels=[('tl', [('lk',1),('sl',1)])], rows=rows, labelhdr='Afdeling / functie', labelw=24, neg='-', zero='-', labelwrap=True,
        setup=dict(landscape=False, font=7, wrap=True),
        alters=dict(p1=('f9','sl'), tot=('tot','aant',10), dele='f6', sub=('a2','fte',1)),
        footer='Formatie conform vastgesteld organisatieplan; loonkosten op basis van cao SGO 2025-2026.')

# ---------------------------------------------------------------- 5 kasstroom waterschap
def t5():
    def two(a, b): return dict(y25=a, y24=b)
    rows = [H('Kasstroom uit operationele activiteiten')]
    ops = [('o1','Resultaat na bestemming',two(3127,-1458)),('o2','Afschrijvingen',two(28411,27032)),('o3','Toevoegingen aan voorzieningen',two(2250,1980)),
           ('o4','Onttrekkingen aan voorzieningen',two(-1873,-2406)),('o5','Mutatie vorderingen',two(-2164,3318)),('o6','Mutatie overlopende activa',two(812,-947)),
           ('o7','Mutatie kortlopende schulden',two(-3390,4102)),('o8','Mutatie overlopende passiva',two(1466,-615))]
    for i, l, v in ops: rows.append(P(i, l, v))
    rows.append(S('O', 'Kasstroom uit operationele activiteiten', plus([o[0] for o in ops]))); rows.append(B())
    rows.append(H('Kasstroom uit investeringsactiviteiten'))
    inv = [('i1','Investeringen in materiële vaste activa',two(-41260,-36688)),('i2','Bijdragen van derden in investeringen',two(6733,5120)),
           ('i3','Desinvesteringen materiële vaste activa',two(418,0)),('i4','Investeringen in financiële vaste activa',two(-250,-500)),('i5','Aflossingen op verstrekte leningen',two(125,125))]
    for i, l, v in inv: rows.append(P(i, l, v))
    rows.append(S('I', 'Kasstroom uit investeringsactiviteiten', plus([o[0] for o in inv]))); rows.append(B())
    rows.append(H('Kasstroom uit financieringsactiviteiten'))
    fin = [('f1','Nieuw opgenomen langlopende leningen',two(25000,20000)),('f2','Aflossingen langlopende leningen',two(-18745,-17960)),('f3','Mutatie kasgeldleningen',two(0,3000))]
    for i, l, v in fin: rows.append(P(i, l, v))
    rows.append(S('F', 'Kasstroom uit financieringsactiviteiten', plus([o[0] for o in fin]))); rows.append(B())
    rows.append(S('M', 'Mutatie liquide middelen', plus(['O','I','F']), kind='total')); rows.append(B())
    # chain
    rows.append(P('LB', 'Liquide middelen per 1 januari', two(0,0)))
    rows.append(S('LM', 'Toename (afname) liquide middelen', [('M',1)]))
    rows.append(S('LE', 'Liquide middelen per 31 december', [('LB',1),('LM',1)], kind='total'))
    return dict(name='t05_kasstroom', kind='waterschap: kasstroomoverzicht',
        org='Waterschap Vechtstromen-Zuid', title='Jaarrekening 2025 - Kasstroomoverzicht (indirecte methode)', unit='(x € 1.000)',
        cols=[C('y25','2025',group='Realisatie',width=12), C('y24','2024',group='Realisatie',width=12)],
        colrels=[], rows=rows, labelhdr='', labelw=52, neg='()', zero='-',
        setup=dict(landscape=False, fit=True, font=10),
        alters=dict(p1=('i2','y25'), tot=('M','y24','swap'), dele='o3', sub=('I','y25',10)),
        fix='t5', footer='Liquide middelen 1 januari 2025 sluiten aan op de balans per 31 december 2024.')

# ---------------------------------------------------------------- 6 afrekening deelnemers
def t6():
    gem = ['Arnhem-Noord','Beekdal','Duiven-West','Elst','Geldermaat','Heumen-Oost','Lingewaard-Zuid','Montferland','Overbetuwe','Renkum','Rheden','Rozendaal','Westervoort','Zevenaar']
    rows = []; ids = []
    for i, g in enumerate(gem):
        inw = rnd(1500, 160000) if g != 'Rozendaal' else 1621
        vs = round(inw * 38.75); db = vs + rnd(-9000, 7000) * (1 if inw > 20000 else 0) + rnd(-900, 900)
        if g == 'Elst': db = vs
        rows.append(P('g%d' % i, 'Gemeente ' + g, dict(inw=inw, vs=vs, db=db))); ids.append('g%d' % i)
    rows.append(S('tot', 'Totaal deelnemers', plus(ids), kind='total'))
    return dict(name='t06_afrekening', kind='GR: afrekening bijdragen per deelnemer',
        org='Veiligheids- en Gezondheidsregio Gelderland-Midden (GR)', title='Jaarstukken 2025 - Afrekening gemeentelijke bijdragen 2025', unit='Bedragen in € (+ = na te betalen door gemeente, - = terug te ontvangen)',
        cols=[C('inw','Inwoners 1-1-2024',width=11), C('vs','Voorschot 2025',group='Bijdrage 2025',width=13), C('db','Definitieve bijdrage',group='Bijdrage 2025',width=13),
              dict(C('ver','Te betalen (+) / te ontvangen (-)',group='Afrekening',width=19), neg='+')],
        colrels=[('ver', [('db',1),('vs',-1)])], rows=rows, labelhdr='Deelnemer', labelw=30, neg='-', zero='-',
        setup=dict(landscape=True, font=8, wrap=True),
        alters=dict(p1=('g4','db'), tot=('tot','vs','swap'), dele='g10', sub=('flip','g7','ver')),
        footer='Verdeling naar rato van inwonertal per 1 januari 2024 (CBS).')

# ---------------------------------------------------------------- 7 grondexploitaties
def t7():
    cats = [('Woningbouwlocaties', [('GE01','Veldzicht fase 2','Fase 2 in uitvoering, 48 woningen verkocht'),('GE03','Kloosterhof','Laatste kavels 2026'),
             ('GE04','De Weiden-Oost','Verliesvoorziening getroffen in 2023'),('GE07','Stationskwartier','Herziening 2025: hogere saneringskosten'),('GE09','Molenakker','Start bouwrijp maken Q3 2025'),
             ('GE11','Het Oosterveld','Nieuw geopend per 1-1-2025'),('GE12','Schoolstraat (inbreiding)','Sloop voormalige school afgerond')]),
            ('Bedrijventerreinen', [('BT02','Bedrijvenpark A28','Uitgifte conform planning'),('BT05','Hoge Brink II','Vertraging door stikstofproblematiek'),('BT06','Havenweg-Noord','Afsluiting voorzien 2026'),('BT08','Zonnepark Veenlanden','Gronden in erfpacht uitgegeven'),('BT09','Logistiek cluster De Vaart','Anterieure overeenkomst gesloten')]),
            ('Overige complexen', [('OV01','Centrumplan fase 1','Gemengd programma wonen/winkels'),('OV02','Sportpark Noord (herontwikkeling)','Intentieovereenkomst met corporatie')])]
    rows = []; subs = []
    for ci, (cl, cs) in enumerate(cats):
        rows.append(H(cl)); ids = []
        for code, nm, tl in cs:
            b1 = rnd(-800, 9000); l = rnd(150, 2600); b = rnd(0, 3500)
            res = rnd(-1800, 4200)
            rows.append(P(code, nm, dict(b1=b1, l=l, b=b, res=res, toel=tl), code=code)); ids.append(code)
        sid = 'S%d' % ci; rows.append(S(sid, 'Subtotaal ' + cl.lower(), plus(ids))); subs.append(sid); rows.append(B())
    rows.append(S('T', 'Totaal grondexploitaties', plus(subs), kind='total'))
    for r in rows: r['v'].setdefault('toel', '')
    return dict(name='t07_grondexploitaties', kind='gemeente: staat van grondexploitaties',
        org='Gemeente Meppelerdiep', title='Jaarstukken 2025 - Paragraaf Grondbeleid: staat van in exploitatie genomen gronden', unit='x € 1.000',
        cols=[C('b1','Boekwaarde 1-1-2025',width=12), C('l','Lasten',group='Mutaties 2025',width=10), C('b','Baten',group='Mutaties 2025',width=10),
              C('b2','Boekwaarde 31-12-2025',width=12), C('res','Verwacht resultaat (NCW)',width=12), C('toel','Toelichting',num=False,width=38)],
        colrels=[('b2', [('b1',1),('l',1),('b',-1)])], rows=rows, codehdr='Complex', labelhdr='Naam', labelw=24, neg='()', zero='-',
        setup=dict(landscape=True, fit=True, font=9, wrap=True),
        alters=dict(p1=('GE07','l'), tot=('T','b2',10), dele='BT05', sub=('S0','res',-10)),
        footer='Verwacht resultaat: positief = winst, (negatief) = verlies, netto contante waarde per 1-1-2026.')

# ---------------------------------------------------------------- 8 begrotingswijziging provincie
def t8():
    progs = ['1 Bestuur en organisatie','2 Ruimte en wonen','3 Mobiliteit','4 Natuur en water','5 Economie en arbeidsmarkt','6 Cultuur en erfgoed','7 Energie en klimaat']
    rows = []; ids = []
    for i, p in enumerate(progs):
        lo = rnd(8000, 190000); lw = rnd(-3000, 6000); bo = rnd(500, lo // 2); bw = rnd(-800, 2500) if R.random() < 0.7 else 0
        code, lab = p.split(' ', 1)
        rows.append(P('p%d' % i, lab, dict(lo=lo, lw=lw, bo=bo, bw=bw), code=code)); ids.append('p%d' % i)
    rows.append(S('TP', "Totaal programma's", plus(ids)))
    rows.append(P('AD', 'Algemene dekkingsmiddelen', dict(lo=1250, lw=0, bo=412880, bw=6750)))
    rows.append(P('OH', 'Overhead', dict(lo=68540, lw=1220, bo=2310, bw=0)))
    rows.append(P('ON', 'Onvoorzien', dict(lo=1000, lw=-450, bo=0, bw=0)))
    rows.append(S('SBL', 'Saldo van baten en lasten', plus(['TP','AD','OH','ON']), kind='total')); rows.append(B())
    rows.append(P('TR', 'Toevoegingen aan reserves', dict(lo=24300, lw=3100, bo=0, bw=0)))
    rows.append(P('OR', 'Onttrekkingen aan reserves', dict(lo=0, lw=0, bo=0, bw=0)))
    rows.append(S('MR', 'Totaal mutaties reserves', plus(['TR','OR']))); rows.append(B())
    rows.append(S('RES', 'Geraamd resultaat', plus(['SBL','MR']), kind='total'))
    return dict(name='t08_begrotingswijziging', kind='provincie: begrotingswijziging per programma',
        org='Provincie Noorderkwartier', title='Begrotingswijziging 2025-3 (Voorjaarsnota) - Overzicht per programma', unit='Bedragen x € 1.000',
        cols=[C('lo','Oorspronkelijke begroting',group='Lasten',width=11), C('lw','Wijziging',group='Lasten',width=9), C('lg','Gewijzigde begroting',group='Lasten',width=11),
              C('bo','Oorspronkelijke begroting',group='Baten',width=11), C('bw','Wijziging',group='Baten',width=9), C('bg','Gewijzigde begroting',group='Baten',width=11),
              C('sg','Saldo gewijzigde begroting',group='Saldo',width=11)],
        coltitles={'lo':'Lasten Oorspronkelijke begroting','lw':'Lasten Wijziging','lg':'Lasten Gewijzigde begroting','bo':'Baten Oorspronkelijke begroting','bw':'Baten Wijziging','bg':'Baten Gewijzigde begroting','sg':'Saldo gewijzigde begroting'},
        colrels=[('lg', [('lo',1),('lw',1)]), ('bg', [('bo',1),('bw',1)]), ('sg', [('bg',1),('lg',-1)])], rows=rows, codehdr='Nr.', labelhdr='Programma', labelw=28,
        neg='-', zero='-', setup=dict(landscape=True, font=8, wrap=True, fit=True),
        alters=dict(p1=('p3','lw'), tot=('SBL','bg','swap'), dele='p5', sub=('TP','lg',10)), fix='t8',
        footer='Saldo: baten minus lasten; een negatief saldo is een nadeel.')

# ---------------------------------------------------------------- 9 meerjarenbalans
def t9():
    Y = ['y25','y26','y27','y28']
    def v(a, step): return {k: max(0, a + i * step + (rnd(-50, 50) if i else 0)) for i, k in enumerate(Y)}
    rows = [H('ACTIVA')]
    rows += [P('a1','Immateriële vaste activa',v(1240,-180)), P('a2','Materiële vaste activa',v(186430,6200)), P('a3','Financiële vaste activa',v(14220,-650))]
    rows.append(S('VA','Totaal vaste activa',plus(['a1','a2','a3'])))
    rows += [P('a4','Voorraden (bouwgronden in exploitatie)',v(12870,-2100)), P('a5','Uitzettingen met een looptijd < 1 jaar',v(15640,120)),
             P('a6','Liquide middelen',v(940,0)), P('a7','Overlopende activa',v(6310,0))]
    rows.append(S('VLA','Totaal vlottende activa',plus(['a4','a5','a6','a7'])))
    rows.append(S('TA','Totaal activa',plus(['VA','VLA']),kind='total')); rows.append(B())
    rows.append(H('PASSIVA'))
    rows += [P('p1','Algemene reserve',v(38210,-900)), P('p2','Bestemmingsreserves',v(27480,-1300)), P('p3','Gerealiseerd resultaat',{k:0 for k in Y})]
    rows.append(S('EV','Eigen vermogen',plus(['p1','p2','p3'])))
    rows += [P('p4','Voorzieningen',v(9860,350)), P('p5','Vaste schulden met een rentetypische looptijd ≥ 1 jaar',v(121400,7400))]
    rows.append(S('VP','Totaal vaste passiva',plus(['EV','p4','p5'])))
    rows += [P('p6','Netto vlottende schulden < 1 jaar',{k:0 for k in Y}), P('p7','Overlopende passiva',v(9150,200))]
    rows.append(S('VLP','Totaal vlottende passiva',plus(['p6','p7'])))
    rows.append(S('TP','Totaal passiva',plus(['VP','VLP']),kind='total'))
    return dict(name='t09_meerjarenbalans', kind='gemeente: geprognosticeerde meerjarenbalans',
        org='Gemeente Westerbroek', title='Programmabegroting 2026 - Geprognosticeerde balans 2025-2028', unit='Bedragen x € 1.000',
        cols=[C('y25','31-12-2025',group='Verwacht',width=11)] + [C(k,'31-12-20'+k[1:],group='Begroting / meerjarenraming',width=10) for k in Y[1:]],
        colrels=[], rows=rows, labelhdr='Balanspost', labelw=28, neg='-', zero='-', labelwrap=True,
        setup=dict(landscape=False, font=9),
        alters=dict(p1=('a5','y27'), tot=('TA','y26','swap'), dele='p4', sub=('VLA','y28',10)), fix='t9',
        footer='Verplicht onderdeel van de begroting (art. 20 lid 1 BBV).')

# ---------------------------------------------------------------- 10 algemene reserve + weerstand
def t10():
    rows = [P('SB','Stand per 1 januari 2025',dict(b=14862315)), B(), H('Toevoegingen')]
    tv = [('t1','Resultaatbestemming jaarrekening 2024',2318406),('t2','Vrijval bestemmingsreserve decentralisaties',750000),('t3','Rente-toevoeging (1,5%)',222935),('t4','Verkoopopbrengst gebouw Lindenlaan',418250)]
    for i, l, a in tv: rows.append(P(i, l, dict(b=a)))
    rows.append(S('ST','Totaal toevoegingen',plus([t[0] for t in tv])))
    rows.append(B()); rows.append(H('Onttrekkingen'))
    on = [('o1','Dekking tekort jaarrekening 2024 sociaal domein',1260000),('o2','Bijdrage renovatie sporthal De Driesprong',485000),('o3','Frictiekosten reorganisatie',312640),
          ('o4','Storting in bestemmingsreserve Omgevingswet',250000),('o5','Cofinanciering regiodeal',175000)]
    for i, l, a in on: rows.append(P(i, l, dict(b=a)))
    rows.append(S('SO','Totaal onttrekkingen',plus([t[0] for t in on])))
    rows.append(B())
    rows.append(S('SE','Stand per 31 december 2025',[('SB',1),('ST',1),('SO',-1)],kind='total'))
    rows.append(B()); rows.append(B())
    rows.append(dict(id=None, label='Tabel 2: Beschikbare weerstandscapaciteit per 31-12-2025', code='', kind='head2', v={}))
    rows.append(dict(id=None, label='Onderdeel', code='', kind='hdr2', v={'b':'Bedrag'}))
    wc = [('w1','Algemene reserve (vrij besteedbaar deel)',14780000),('w2','Post onvoorzien',150000),('w3','Onbenutte belastingcapaciteit OZB',3120000),
          ('w4','Onbenutte belastingcapaciteit rioolheffing en afvalstoffenheffing',0),('w5','Stille reserves (direct verkoopbare panden)',1900000)]
    for i, l, a in wc: rows.append(P(i, l, dict(b=a)))
    rows.append(S('WT','Totaal beschikbare weerstandscapaciteit',plus([w[0] for w in wc]),kind='total'))
    return dict(name='t10_algemene_reserve', kind='gemeente: verloop algemene reserve + weerstandscapaciteit',
        org='Gemeente Dinkelland-Noord', title='Jaarstukken 2025 - Paragraaf weerstandsvermogen: verloop algemene reserve', unit='Bedragen in €',
        cols=[C('b','Bedrag',width=15)], colrels=[], rows=rows, labelhdr='Tabel 1: Verloop algemene reserve 2025', labelw=58, neg='-', zero='-',
        setup=dict(landscape=False, font=10),
        alters=dict(p1=('t3','b'), tot=('SE','b','swap'), dele='o4', sub=('ST','b',10)),
        footer='Ratio weerstandsvermogen (beschikbaar / benodigd € 9.650.000): 2,06 - waardering B (ruim voldoende).')

# ---------------------------------------------------------------- engine
def by(rows): return {r['id']: r for r in rows if r['id']}
def compute(T):
    rows = T['rows']; idx = by(rows)
    numk = [c['key'] for c in T['cols'] if c['num']]
    sumk = [c['key'] for c in T['cols'] if c['num'] and c['summed']]
    dec = {c['key']: c['dec'] for c in T['cols']}
    def colrels(r):
        for res, ops in T['colrels']:
            r['v'][res] = round(sum(s * (r['v'].get(k) or 0) for k, s in ops), dec[res])
    for r in rows:
        if r['kind'] == 'part': colrels(r)
    done = set()
    def tot(r):
        if r['id'] in done or r['kind'] not in ('sub', 'total'): return
        for cid, _ in r['of']: tot(idx[cid])
        for k in sumk:
            r['v'][k] = round(sum(s * (idx[c]['v'].get(k) or 0) for c, s in r['of']), dec[k])
        done.add(r['id'])
    for r in rows: tot(r)
    return T

def fixes(T):
    idx = by(T['rows'])
    if T.get('fix') == 't5':
        idx['LB']['v'] = dict(y25=0, y24=9275)  # 2024 opening
        compute(T); idx['LB']['v']['y25'] = idx['LE']['v']['y24']; compute(T)
    elif T.get('fix') == 't8':
        compute(T)
        # make onttrekkingen so that geraamd resultaat = 0 in both oorspronkelijk and gewijzigd
        sbl = idx['SBL']['v']; tr = idx['TR']['v']
        need_o = (sbl['lo'] + tr['lo']) - sbl['bo']; need_w = (sbl['lw'] + tr['lw']) - sbl['bw']
        idx['OR']['v'].update(bo=need_o, bw=need_w); compute(T)
    elif T.get('fix') == 't9':
        compute(T)
        for k in ['y25','y26','y27','y28']:
            idx['p6']['v'][k] = 0; compute(T)
            idx['p6']['v'][k] = idx['TA']['v'][k] - idx['TP']['v'][k]
        compute(T)
    else:
        compute(T)

def coltitle(T, k):
    if T.get('coltitles', {}).get(k): return T['coltitles'][k]
    return next(c['title'] for c in T['cols'] if c['key'] == k)

def evaluate(T):
    rows = [r for r in T['rows'] if not r.get('deleted')]
    present = {r['id'] for r in rows if r['id']}; idx = by(rows)
    sumk = [c['key'] for c in T['cols'] if c['num'] and c['summed']]
    dec = {c['key']: c['dec'] for c in T['cols']}
    fails = {}
    def chk(r, k, true):
        p = r['v'].get(k)
        if p is None: return
        true = round(true, dec[k])
        if abs(p - true) > 1e-9:
            key = (r['label'], k)
            if key not in fails:
                fails[key] = dict(label=r['label'], code=r['code'], column=coltitle(T, k), printed=p, true=true, unit=10 ** -dec[k])
    for r in rows:
        if r['kind'] in ('sub', 'total'):
            for k in sumk:
                chk(r, k, sum(s * (idx[c]['v'].get(k) or 0) for c, s in r['of'] if c in present))
        if r['kind'] in ('part', 'sub', 'total'):
            for res, ops in T['colrels']:
                chk(r, res, sum(s * (r['v'].get(k) or 0) for k, s in ops))
    return list(fails.values())

def swapdigits(x):
    s = str(abs(int(x)))
    for i in range(1, len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            return int(t) * (1 if x >= 0 else -1)
    return x + 10

def alter(T, kind):
    A = copy.deepcopy(T); idx = by(A['rows']); a = T['alters']
    if kind == 'p1':
        rid, k = a['p1']; idx[rid]['v'][k] = round(idx[rid]['v'][k] + 1 if T['cols'][0]['dec'] == 0 else idx[rid]['v'][k] + 1, 6)
        desc = 'part line "%s", column %s: +1 (%s -> %s)' % (idx[rid]['label'], coltitle(T, k), T_idx(T)[rid]['v'][k], idx[rid]['v'][k])
    elif kind == 'tot':
        rid, k, how = a['tot']; old = idx[rid]['v'][k]
        idx[rid]['v'][k] = swapdigits(old) if how == 'swap' else old + how
        desc = 'total "%s", column %s: %s -> %s' % (idx[rid]['label'], coltitle(T, k), old, idx[rid]['v'][k])
    elif kind == 'del':
        rid = a['dele']; idx[rid]['deleted'] = True
        desc = 'part line "%s" deleted (row removed)' % idx[rid]['label']
    elif kind == 'sub':
        if a['sub'][0] == 'flip':
            _, rid, k = a['sub']; old = idx[rid]['v'][k]; idx[rid]['v'][k] = -old
            desc = 'sign error: "%s", column %s printed %s instead of %s' % (idx[rid]['label'], coltitle(T, k), -old, old)
        else:
            rid, k, d = a['sub']; old = idx[rid]['v'][k]; idx[rid]['v'][k] = round(old + d, 6)
            desc = 'subtotal "%s", column %s: %s -> %s' % (idx[rid]['label'], coltitle(T, k), old, idx[rid]['v'][k])
    return A, desc
def T_idx(T): return by(T['rows'])

# ---------------------------------------------------------------- xlsx writer
def numfmt(T, dec, neg=None):
    d = '0' if dec == 0 else '0.' + '0' * dec
    pos = '#,##' + d
    z = '"-"' if T['zero'] == '-' else pos
    neg = neg or T['neg']
    if neg == '()': return '[$-413]%s;(%s);%s' % (pos, pos, z)
    if neg == '+': return '[$-413]+%s;-%s;%s' % (pos, pos, z)
    return '[$-413]%s;-%s;%s' % (pos, pos, z)

def write(T, path):
    wb = Workbook(); ws = wb.active; ws.title = T['name'][4:][:30] or 'Blad1'
    st = T['setup']; fs = st.get('font', 10)
    F = lambda **kw: Font(name='Arial', size=kw.pop('size', fs), **kw)
    hascode = any(r['code'] for r in T['rows']) or 'codehdr' in T
    cols = ([('code', T.get('codehdr', ''), T.get('codew', 9))] if hascode else []) + [('label', T.get('labelhdr', ''), T['labelw'])] + [(c['key'], c['title'], c['width']) for c in T['cols']]
    ncol = len(cols)
    for i, (k, t, w) in enumerate(cols, 1): ws.column_dimensions[get_column_letter(i)].width = w
    ws.cell(1, 1, T['org']).font = F(bold=True, size=fs + 1)
    ws.cell(2, 1, T['title']).font = F(bold=True, size=fs + 2)
    ws.cell(3, 1, T['unit']).font = F(italic=True)
    r0 = 5
    groups = any(c['group'] for c in T['cols'])
    thin = Side(style='thin'); dbl = Side(style='double')
    hdr_rows = 2 if groups else 1
    if groups:
        # merge consecutive same group
        ci = 1 + len(cols) - len(T['cols'])
        j = 0
        while j < len(T['cols']):
            g = T['cols'][j]['group']; k = j
            while k + 1 < len(T['cols']) and T['cols'][k + 1]['group'] == g and g: k += 1
            if g:
                ws.cell(r0, ci + j, g).font = F(bold=True)
                ws.cell(r0, ci + j).alignment = Alignment(horizontal='center')
                if k > j: ws.merge_cells(start_row=r0, start_column=ci + j, end_row=r0, end_column=ci + k)
                for q in range(j, k + 1): ws.cell(r0, ci + q).border = Border(bottom=thin)
            j = k + 1
    hr = r0 + hdr_rows - 1
    for i, (k, t, w) in enumerate(cols, 1):
        c = ws.cell(hr, i, t); c.font = F(bold=True)
        num = k not in ('code', 'label') and next(cc for cc in T['cols'] if cc['key'] == k)['num']
        c.alignment = Alignment(horizontal='right' if num else 'left', vertical='bottom', wrap_text=bool(st.get('wrap')))
        c.border = Border(bottom=thin)
    if st.get('wrap'): ws.row_dimensions[hr].height = fs * 3.6
    r = hr + 1
    ckeys = [k for k, _, _ in cols]
    for row in T['rows']:
        if row.get('deleted'): continue
        kd = row['kind']
        if kd == 'blank': r += 1; continue
        if kd == 'head2':
            ws.cell(r, 1, row['label']).font = F(bold=True, size=fs + 1); r += 1; continue
        if kd == 'hdr2':
            for i, k in enumerate(ckeys, 1):
                txt = row['label'] if k == 'label' else row['v'].get(k, '')
                c = ws.cell(r, i, txt); c.font = F(bold=True); c.border = Border(bottom=thin)
                if k not in ('label', 'code'): c.alignment = Alignment(horizontal='right')
            r += 1; continue
        bold = kd in ('sub', 'total', 'head'); ital = kd == 'head' and T['name'].startswith('t04')
        for i, k in enumerate(ckeys, 1):
            if k == 'code': val = row['code'] or None
            elif k == 'label': val = row['label']
            else: val = row['v'].get(k)
            if val is None or val == '': 
                c = ws.cell(r, i)
            else:
                c = ws.cell(r, i, val)
            c.font = F(bold=bold, italic=ital)
            if k == 'label' and T.get('labelwrap') and kd != 'head': c.alignment = Alignment(wrap_text=True)
            if k not in ('code', 'label'):
                cd = next(cc for cc in T['cols'] if cc['key'] == k)
                if cd['num'] and isinstance(val, (int, float)):
                    c.number_format = numfmt(T, cd['dec'], cd.get('neg')) if cd['summed'] or cd['dec'] else '0'
                    if k == 'pct': c.number_format = '[$-413]0.000'
                elif not cd['num']:
                    c.alignment = Alignment(wrap_text=True)
                if kd == 'sub': c.border = Border(top=thin)
                if kd == 'total': c.border = Border(top=thin, bottom=dbl)
        r += 1
    r += 1
    if T.get('footer'): ws.cell(r, 1, T['footer']).font = F(italic=True, size=max(fs - 1, 6))
    # page setup
    ws.print_options.gridLines = False; ws.sheet_view.showGridLines = False
    ws.page_setup.orientation = 'landscape' if st.get('landscape') else 'portrait'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if st.get('fit'):
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    if st.get('titles'): ws.print_title_rows = '%d:%d' % (r0, hr)
    ws.page_margins.left = ws.page_margins.right = 0.5
    wb.save(path)

if __name__ == '__main__':
    os.makedirs('xlsx', exist_ok=True)
    truth = {'files': {}}; readme = []
    for f in [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10]:
        T = f(); fixes(T)
        assert evaluate(T) == [], (T['name'], evaluate(T))
        write(T, 'xlsx/%s.xlsx' % T['name'])
        truth['files'][T['name'] + '.xlsx'] = dict(kind=T['kind'], alteration='none (clean)', failing=[])
        n = len([r for r in T['rows'] if r['kind'] != 'blank'])
        readme.append((T, n, []))
        for a in ['p1', 'tot', 'del', 'sub']:
            A, desc = alter(T, a); fl = evaluate(A)
            assert fl, (T['name'], a)
            nm = '%s_%s.xlsx' % (T['name'], a)
            write(A, 'xlsx/' + nm)
            truth['files'][nm] = dict(kind=T['kind'], alteration=desc, failing=fl)
            readme[-1][2].append((a, desc, fl))
    json.dump(truth, open('truth.json', 'w'), indent=1, ensure_ascii=False)
    with open('alterations.txt', 'w') as fh:
        for T, n, al in readme:
            fh.write('%s (%d lines): %s\n' % (T['name'], n, T['kind']))
            for a, d, fl in al: fh.write('   _%s: %s -> %d failing\n' % (a, d, len(fl)))
    print('ok', len(truth['files']))
