import random
from lib import Tab, FMT_MIN, FMT_PAR, FMT_SIGN, FMT_2

R = random.Random(16)


def rnd(a, b):
    return R.randint(a, b)


# ---------------------------------------------------------------- 1 taakvelden
def t1():
    cols = [dict(key='code', title='Taakveld', type='code', width=8),
            dict(key='lab', title='Omschrijving', type='label', width=44)]
    for g, p in (('Begroting na wijziging', 'b'), ('Realisatie', 'r')):
        for k, tt in (('L', 'Lasten'), ('B', 'Baten'), ('S', 'Saldo')):
            cols.append(dict(key=p + k, title=tt, group=g, type='num', width=11))
    t = Tab('t01_taakvelden', 'gemeente jaarstukken: overzicht baten en lasten per taakveld', 'Taakvelden',
            ['Gemeente Lingewaard-Oost - Jaarstukken 2025', 'Bijlage 3: Overzicht van baten en lasten per taakveld',
             'Bedragen x € 1.000'], cols, orientation='landscape', fit=True, repeat=True, font=9, margin=0.5, footer='Jaarstukken 2025 gemeente Lingewaard-Oost')
    H = [('0', 'Bestuur en ondersteuning', [('0.1', 'Bestuur'), ('0.2', 'Burgerzaken'), ('0.3', 'Beheer overige gebouwen en gronden'),
                                             ('0.4', 'Overhead'), ('0.5', 'Treasury'), ('0.61', 'OZB woningen'),
                                             ('0.62', 'OZB niet-woningen'), ('0.63', 'Parkeerbelasting'), ('0.64', 'Belastingen overig'),
                                             ('0.7', 'Algemene uitkering en overige uitkeringen gemeentefonds'),
                                             ('0.8', 'Overige baten en lasten'), ('0.10', 'Mutaties reserves')]),
         ('1', 'Veiligheid', [('1.1', 'Crisisbeheersing en brandweer'), ('1.2', 'Openbare orde en veiligheid')]),
         ('2', 'Verkeer, vervoer en waterstaat', [('2.1', 'Verkeer en vervoer'), ('2.2', 'Parkeren'), ('2.4', 'Economische havens en waterwegen'),
                                                  ('2.5', 'Openbaar vervoer')]),
         ('3', 'Economie', [('3.1', 'Economische ontwikkeling'), ('3.2', 'Fysieke bedrijfsinfrastructuur'),
                            ('3.3', 'Bedrijvenloket en bedrijfsregelingen'), ('3.4', 'Economische promotie')]),
         ('4', 'Onderwijs', [('4.1', 'Openbaar basisonderwijs'), ('4.2', 'Onderwijshuisvesting'), ('4.3', 'Onderwijsbeleid en leerlingzaken')]),
         ('5', 'Sport, cultuur en recreatie', [('5.1', 'Sportbeleid en activering'), ('5.2', 'Sportaccommodaties'),
                                               ('5.3', 'Cultuurpresentatie, cultuurproductie en cultuurparticipatie'), ('5.4', 'Musea'),
                                               ('5.5', 'Cultureel erfgoed'), ('5.6', 'Media'), ('5.7', 'Openbaar groen en (openlucht) recreatie')]),
         ('6', 'Sociaal domein', [('6.1', 'Samenkracht en burgerparticipatie'), ('6.2', 'Wijkteams'), ('6.3', 'Inkomensregelingen'),
                                  ('6.4', 'Begeleide participatie'), ('6.5', 'Arbeidsparticipatie'), ('6.6', 'Maatwerkvoorzieningen (WMO)'),
                                  ('6.71', 'Maatwerkdienstverlening 18+'), ('6.72', 'Maatwerkdienstverlening 18-'),
                                  ('6.81', 'Geëscaleerde zorg 18+'), ('6.82', 'Geëscaleerde zorg 18-')]),
         ('7', 'Volksgezondheid en milieu', [('7.1', 'Volksgezondheid'), ('7.2', 'Riolering'), ('7.3', 'Afval'), ('7.4', 'Milieubeheer'),
                                             ('7.5', 'Begraafplaatsen en crematoria')]),
         ('8', 'Volkshuisvesting, leefomgeving en stedelijke vernieuwing', [('8.1', 'Ruimtelijke ordening'),
                                                                             ('8.2', 'Grondexploitatie (niet bedrijventerreinen)'),
                                                                             ('8.3', 'Wonen en bouwen')])]
    subs, ids = [], {}
    for hc, hn, tvs in H:
        parts = []
        for c, n in tvs:
            v = {}
            for p in 'br':
                L = rnd(80, 9000)
                B = rnd(0, L) if c not in ('0.61', '0.62', '0.7', '0.64', '7.2', '7.3', '0.5') else rnd(L, L * 4 + 500)
                if c == '0.7':
                    L, B = rnd(0, 40), rnd(60000, 64000)
                if R.random() < 0.12:
                    B = 0
                v[p + 'L'], v[p + 'B'] = L, B
            parts.append(t.add(n, code=c, vals=v))
            ids[c] = parts[-1]
        s = t.add('Totaal ' + hn, style='sub', code=hc)
        t.vsum(s, parts, ['bL', 'bB', 'bS', 'rL', 'rB', 'rS'])
        subs.append(s)
        ids['H' + hc] = s
        t.add('', style='spacer')
    tot = t.add('Totaal taakvelden', style='total')
    t.vsum(tot, subs, ['bL', 'bB', 'bS', 'rL', 'rB', 'rS'])
    for row in t.rows:
        if row['style'] in ('part', 'sub', 'total'):
            for p in 'br':
                t.hrel(row['id'], p + 'S', [(p + 'B', 1), (p + 'L', -1)])
    t.fill()
    alt = dict(p1=(ids['6.6'], 'rL', 1), tot=(tot, 'rB', 'transpose'), dele=ids['5.4'], sub=(ids['H2'], 'bL', 10))
    return t, alt


# ---------------------------------------------------------------- 2 geldleningen
def t2():
    cols = [dict(key='code', title='Nr.', type='code', width=6),
            dict(key='lab', title='Geldgever', type='label', width=34),
            dict(key='rente', title='Rente %', type='num', width=8, fmt='[$-413]0.00', scale=100),
            dict(key='r1', title='Restant 1-1-2025', type='num', width=14),
            dict(key='op', title='Opgenomen 2025', type='num', width=13),
            dict(key='afl', title='Aflossing 2025', type='num', width=13),
            dict(key='r31', title='Restant 31-12-2025', type='num', width=14),
            dict(key='rl', title='Rentelast 2025', type='num', width=12)]
    t = Tab('t02_geldleningen', 'provincie jaarstukken: staat van opgenomen langlopende geldleningen', 'Geldleningen',
            ['Provincie Zeewolde-Flevoland', 'Jaarstukken 2025 - Staat van opgenomen langlopende geldleningen', 'Bedragen in €'],
            cols, orientation='landscape', font=9, fit=True, footer='Staat C')
    cats = [('Binnenlandse banken en overige financiële instellingen',
             ['BNG Bank N.V.', 'BNG Bank N.V.', 'BNG Bank N.V.', 'Nederlandse Waterschapsbank N.V.', 'Nederlandse Waterschapsbank N.V.',
              'BNG Bank N.V.', 'Nederlandse Waterschapsbank N.V.']),
            ('Pensioenfondsen en verzekeringsmaatschappijen', ['Stichting Pensioenfonds ABP', 'Stichting Pensioenfonds Zorg en Welzijn',
                                                               'Achmea Schadeverzekeringen N.V.', 'a.s.r. levensverzekering N.V.']),
            ('Binnenlandse overige sectoren', ['Stichting Energiefonds Flevoland', 'Rijksdienst voor Ondernemend Nederland (RVO)',
                                               'Nationaal Restauratiefonds'])]
    nr = 100
    subs, ids = [], []
    for cn, lenders in cats:
        t.add(cn, style='head')
        parts = []
        for i, g in enumerate(lenders):
            nr += rnd(1, 9)
            r1 = rnd(8, 400) * 25000
            op = rnd(40, 200) * 50000 if R.random() < 0.2 else '-'
            afl = r1 // rnd(5, 30)
            afl = afl - afl % 1000
            rate = rnd(15, 420)
            rl = (r1 * rate) // 10000
            parts.append(t.add(g, code=str(nr), vals=dict(rente=rate, r1=r1, op=op, afl=afl, rl=rl), indent=1))
        ids += parts
        s = t.add('Subtotaal ' + cn.lower(), style='sub')
        t.vsum(s, parts, ['r1', 'op', 'afl', 'r31', 'rl'])
        subs.append(s)
        t.add('', style='spacer')
    tot = t.add('Totaal langlopende geldleningen', style='total')
    t.vsum(tot, subs, ['r1', 'op', 'afl', 'r31', 'rl'])
    for row in t.rows:
        if row['style'] in ('part', 'sub', 'total'):
            t.hrel(row['id'], 'r31', [('r1', 1), ('op', 1), ('afl', -1)])
    t.fill()
    alt = dict(p1=(ids[8], 'afl', 1), tot=(tot, 'r31', 'transpose'), dele=ids[3], sub=(subs[0], 'rl', 10))
    return t, alt


# ---------------------------------------------------------------- 3 incidentele baten en lasten
def t3():
    cols = [dict(key='code', title='Nr.', type='code', width=5),
            dict(key='lab', title='Omschrijving', type='label', width=46),
            dict(key='prog', title='Programma', type='text', width=18),
            dict(key='y26', title='2026', group='Begroting', type='num', width=9),
            dict(key='y27', title='2027', group='Meerjarenraming', type='num', width=9),
            dict(key='y28', title='2028', group='Meerjarenraming', type='num', width=9),
            dict(key='y29', title='2029', group='Meerjarenraming', type='num', width=9)]
    t = Tab('t03_incidenteel', 'gemeente begroting: overzicht incidentele baten en lasten', 'Incidenteel',
            ['Programmabegroting 2026-2029 gemeente Waalkant', 'Overzicht incidentele baten en lasten (art. 19 BBV)',
             '(bedragen x € 1.000)'], cols, fit=True, font=10, wraplabel=True)
    Y = ['y26', 'y27', 'y28', 'y29']
    L = [('1', 'Bestuur en dienstverlening', [('Verkiezingen gemeenteraad 2026', 1), ('Vervanging zaaksysteem', 3)]),
         ('2', 'Veiligheid', [('Implementatie cameratoezicht centrum', 2)]),
         ('3', 'Mobiliteit en openbare ruimte', [('Herinrichting Marktplein', 2), ('Onderzoek fietsroute Waalkant-Zuid', 1),
                                                  ('Extra onderhoud bruggen', 4)]),
         ('4', 'Sociaal domein', [('Pilot schuldhulp jongeren', 3), ('Transformatiefonds jeugd', 2), ('Inburgering statushouders (uitloop)', 2)]),
         ('5', 'Wonen en ruimte', [('Omgevingsplan (invoering Omgevingswet)', 4), ('Woningbouwversnelling flexpool', 3)]),
         ('6', 'Duurzaamheid', [('Regionale Energiestrategie bijdrage', 4), ('Isolatieaanpak koopwoningen', 3)])]
    B = [('1', 'Bestuur en dienstverlening', [('Verkoop pand Kerkstraat 12', 1)]),
         ('3', 'Mobiliteit en openbare ruimte', [('Bijdrage provincie Herinrichting Marktplein', 2)]),
         ('4', 'Sociaal domein', [('Rijksbijdrage inburgering (uitloop)', 2)]),
         ('5', 'Wonen en ruimte', [('Woningbouwimpuls (rijksbijdrage)', 3)]),
         ('6', 'Duurzaamheid', [('Specifieke uitkering isolatie (SPUK)', 3)]),
         ('0', 'Algemene dekkingsmiddelen', [('Onttrekking reserve incidentele middelen', 4)])]
    ids = {}

    def block(lst, head, totlab, n0):
        t.add(head, style='head')
        parts = []
        n = n0
        for pc, pn, items in lst:
            for it, yrs in items:
                n += 1
                v = {}
                for i, y in enumerate(Y):
                    v[y] = rnd(25, 1400) if i < yrs else '-'
                parts.append(t.add(it, code=str(n), vals=v, text=dict(prog=pc + ' ' + pn), indent=1))
                ids[it] = parts[-1]
        s = t.add(totlab, style='sub')
        t.vsum(s, parts, Y)
        t.add('', style='spacer')
        return s
    sl = block(L, 'Incidentele lasten', 'Totaal incidentele lasten', 0)
    sb = block(B, 'Incidentele baten', 'Totaal incidentele baten', 20)
    tot = t.add('Saldo incidentele baten en lasten', style='total')
    t.vsum(tot, [sb, sl], Y, signs=[1, -1])
    t.fill()
    alt = dict(p1=(ids['Extra onderhoud bruggen'], 'y27', 1), tot=(tot, 'y26', 10), dele=ids['Pilot schuldhulp jongeren'],
               sub=(sl, 'y28', 'transpose'))
    return t, alt


# ---------------------------------------------------------------- 4 personeelsbegroting
def t4():
    cols = [dict(key='lab', title='Afdeling / functie', type='label', width=30),
            dict(key='schaal', title='Schaal', type='text', width=6),
            dict(key='n', title='Aantal mede-werkers', type='num', width=6, fmt='0'),
            dict(key='fte', title='Formatie (fte)', type='num', width=6, fmt=FMT_2, scale=100),
            dict(key='sal', title='Salarissen', type='num', width=9),
            dict(key='soc', title='Sociale lasten', type='num', width=8),
            dict(key='tot', title='Totaal loon-kosten', type='num', width=9)]
    t = Tab('t04_personeel', 'GR begroting: personeelsbegroting per afdeling', 'Personeel',
            ['GR Belastingsamenwerking Rivierenland-West', 'Begroting 2026 - bijlage 2: Personeelsbegroting 2026 per afdeling',
             'bedragen in €'], cols, font=7, header_height=36, fit=True, margin=0.9)
    D = [('Directie en staf', [('Directeur', '14'), ('Bestuurssecretaris', '11'), ('Managementassistent', '8'), ('Controller', '11')]),
         ('Heffen en innen', [('Teamleider heffen', '11'), ('Medewerker heffingen', '8'), ('Medewerker invordering', '8'),
                              ('Deurwaarder', '9'), ('Medewerker kwijtschelding', '7')]),
         ('Waardebepaling WOZ', [('Teamleider WOZ', '11'), ('Taxateur WOZ', '10'), ('Medewerker waardebepaling', '8'),
                                 ('Medewerker bezwaar en beroep', '9')]),
         ('Gegevensbeheer', [('Medewerker BAG/BRK', '8'), ('Gegevensbeheerder', '9'), ('Informatieanalist', '10')]),
         ('Klantcontact', [('Klantcontactmedewerker', '6'), ('Senior klantcontact', '7')]),
         ('Bedrijfsvoering', [('Medewerker financiën', '9'), ('Functioneel beheerder', '9'), ('Medewerker P&O', '8'),
                              ('Medewerker ICT', '8')])]
    subs, ids = [], {}
    for dn, fs in D:
        t.add(dn, style='head')
        parts = []
        for f, sch in fs:
            n = rnd(1, 9) if f not in ('Directeur', 'Controller') else 1
            fte = n * rnd(70, 100)
            per = {'6': 3300, '7': 3500, '8': 3800, '9': 4200, '10': 4700, '11': 5300, '14': 7400}[sch]
            sal = fte * per * 13 // 100
            soc = sal * rnd(27, 33) // 100
            parts.append(t.add(f, vals=dict(n=n, fte=fte, sal=sal, soc=soc), text=dict(schaal=sch), indent=1))
            ids[f] = parts[-1]
        s = t.add('Totaal ' + dn, style='sub')
        t.vsum(s, parts, ['n', 'fte', 'sal', 'soc', 'tot'])
        subs.append(s)
        t.add('', style='spacer')
    tot = t.add('Totaal personeelsbegroting', style='total')
    t.vsum(tot, subs, ['n', 'fte', 'sal', 'soc', 'tot'])
    for row in t.rows:
        if row['style'] in ('part', 'sub', 'total'):
            t.hrel(row['id'], 'tot', [('sal', 1), ('soc', 1)])
    t.fill()
    alt = dict(p1=(ids['Taxateur WOZ'], 'soc', 1), tot=(tot, 'sal', 'transpose'), dele=ids['Deurwaarder'],
               sub=(subs[3], 'tot', 10))
    return t, alt


# ---------------------------------------------------------------- 5 kasstroomoverzicht
def t5():
    cols = [dict(key='lab', title='', type='label', width=58),
            dict(key='a', title='2025', type='num', width=12),
            dict(key='b', title='2024', type='num', width=12)]
    t = Tab('t05_kasstroom', 'waterschap jaarrekening: kasstroomoverzicht', 'Kasstroomoverzicht',
            ['Waterschap Hunze en Veenkoloniën', 'Jaarrekening 2025', 'Kasstroomoverzicht over 2025 (indirecte methode)',
             'bedragen x € 1.000'], cols, fmt=FMT_PAR, font=10, fit=True)
    C = ['a', 'b']
    V = lambda a, b: dict(a=a, b=b)
    ids = {}

    def blk(head, lines, sublab):
        t.add(head, style='head')
        ps = []
        for lab, lo, hi in lines:
            ps.append(t.add(lab, vals=V(rnd(lo, hi), rnd(lo, hi)), indent=1))
            ids[lab] = ps[-1]
        s = t.add(sublab, style='sub')
        t.vsum(s, ps, C)
        t.add('', style='spacer')
        return s
    s1 = blk('Kasstroom uit operationele activiteiten',
             [('Exploitatieresultaat', -2500, 6000), ('Afschrijvingen materiële vaste activa', 21000, 26000),
              ('Afschrijvingen immateriële vaste activa', 300, 900), ('Mutatie voorzieningen', -1800, 2200),
              ('Mutatie vorderingen', -3000, 3000), ('Mutatie voorraden', -200, 150), ('Mutatie overlopende activa', -1500, 1500),
              ('Mutatie kortlopende schulden', -4000, 4000), ('Mutatie overlopende passiva', -2000, 2500)],
             'Kasstroom uit operationele activiteiten')
    s2 = blk('Kasstroom uit investeringsactiviteiten',
             [('Investeringen in materiële vaste activa', -48000, -33000), ('Investeringen in immateriële vaste activa', -1400, -300),
              ('Ontvangen bijdragen van derden', 2000, 9000), ('Desinvesteringen materiële vaste activa', 0, 400),
              ('Mutatie financiële vaste activa', -600, 300)],
             'Kasstroom uit investeringsactiviteiten')
    s3 = blk('Kasstroom uit financieringsactiviteiten',
             [('Nieuw opgenomen langlopende leningen', 15000, 30000), ('Aflossingen langlopende leningen', -19000, -14000),
              ('Mutatie kasgeldleningen', -5000, 8000)],
             'Kasstroom uit financieringsactiviteiten')
    mut = t.add('Mutatie liquide middelen', style='sub')
    t.vsum(mut, [s1, s2, s3], C)
    t.add('', style='spacer')
    t.fill()
    # liquid funds: 1 jan 2025 = 31 dec 2024
    b1 = rnd(300, 900)
    b31 = b1 + t.rows[mut]['vals']['b']
    if b31 < 50:
        t.rows[ids['Mutatie kasgeldleningen']]['vals']['b'] += rnd(400, 1500) - b31
        t.rows[s3]['vals'] = {'a': t.rows[s3]['vals']['a']}
        t.rows[mut]['vals'] = {}
        t.fill()
        b31 = b1 + t.rows[mut]['vals']['b']
    a31 = b31 + t.rows[mut]['vals']['a']
    if a31 < 50:
        t.rows[ids['Mutatie kasgeldleningen']]['vals']['a'] += rnd(400, 1500) - a31
        t.rows[s3]['vals'] = {'b': t.rows[s3]['vals']['b']}
        t.rows[mut]['vals'] = {}
        t.fill()
    t.add('Verloop liquide middelen', style='head')
    beg = t.add('Liquide middelen per 1 januari', vals=V(b31, b1), indent=1)
    m2 = t.add('Mutatie liquide middelen boekjaar', indent=1)
    t.vsum(m2, [mut], C)
    end = t.add('Liquide middelen per 31 december', style='sub')
    t.vsum(end, [beg, m2], C)
    t.fill()
    alt = dict(p1=(ids['Mutatie vorderingen'], 'a', 1), tot=(end, 'b', 10), dele=ids['Desinvesteringen materiële vaste activa'],
               sub=(s1, 'a', 'transpose'))
    return t, alt


# ---------------------------------------------------------------- 6 afrekening deelnemers
def t6():
    cols = [dict(key='lab', title='Deelnemende gemeente', type='label', width=26),
            dict(key='inw', title='Inwoners 1-1-2024', type='num', width=12),
            dict(key='aand', title='Aandeel %', type='num', width=9, fmt=FMT_2, scale=100),
            dict(key='vs', title='Voorschot 2025', type='num', width=13),
            dict(key='def', title='Definitieve bijdrage 2025', type='num', width=14),
            dict(key='vr', title='Te betalen (+) / te ontvangen (-)', type='num', width=15, fmt=FMT_SIGN)]
    t = Tab('t06_afrekening', 'GR jaarstukken: afrekening bijdragen per deelnemende gemeente', 'Afrekening',
            ['Veiligheidsregio Kempen en Peelland', 'Jaarstukken 2025 - Afrekening gemeentelijke bijdragen 2025', 'Bedragen in €'],
            cols, font=10, header_height=42, orientation='portrait', fit=True)
    G = ['Asten', 'Bergeijk', 'Bladel', 'Cranendonck', 'Deurne', 'Eersel', 'Geldrop-Mierlo', 'Gemert-Bakel', 'Heeze-Leende',
         'Helmond', 'Laarbeek', 'Nuenen c.a.', 'Oirschot', 'Reusel-De Mierden', 'Someren', 'Valkenswaard']
    inw = {g: rnd(11000, 40000) for g in G}
    inw['Helmond'] = 95000
    T = sum(inw.values())
    aand = {g: round(inw[g] * 10000 / T) for g in G}
    d = 10000 - sum(aand.values())
    aand['Helmond'] += d
    tv, td = 41_250_000, 41_110_000 + rnd(0, 999)
    ids = {}
    for g in G:
        vs = tv * aand[g] // 10000
        df = td * aand[g] // 10000 + rnd(-45000, 40000)
        ids[g] = t.add(g, vals=dict(inw=inw[g], aand=aand[g], vs=vs, **{'def': df}))
    t.add('', style='spacer')
    tot = t.add('Totaal', style='total')
    t.vsum(tot, list(ids.values()), ['inw', 'aand', 'vs', 'def', 'vr'])
    for row in t.rows:
        if row['style'] in ('part', 'total'):
            t.hrel(row['id'], 'vr', [('def', 1), ('vs', -1)])
    t.fill()
    alt = dict(p1=(ids['Deurne'], 'def', 1), tot=(tot, 'vs', 'transpose'), dele=ids['Oirschot'],
               sub=(ids['Laarbeek'], 'vr', 'negate'))
    return t, alt


# ---------------------------------------------------------------- 7 grondexploitaties
def t7():
    cols = [dict(key='code', title='Nr.', type='code', width=6),
            dict(key='lab', title='Complex', type='label', width=28),
            dict(key='b1', title='Boekwaarde 1-1-2025', type='num', width=11),
            dict(key='L', title='Lasten 2025', type='num', width=10),
            dict(key='B', title='Baten 2025', type='num', width=10),
            dict(key='b31', title='Boekwaarde 31-12-2025', type='num', width=11),
            dict(key='res', title='Verwacht resultaat (NCW)', type='num', width=11),
            dict(key='tl', title='Toelichting', type='text', width=46)]
    t = Tab('t07_grex', 'gemeente jaarstukken: staat van grondexploitaties (paragraaf grondbeleid)', 'Grondexploitaties',
            ['Gemeente Bergen-Maasland', 'Paragraaf Grondbeleid - Staat van in exploitatie genomen gronden 2025', 'bedragen x € 1.000',
             'Verwacht resultaat: positief = winst, negatief = verlies'], cols, orientation='landscape', font=9, header_height=30,
            wraplabel=True, fit=True)
    C = [('Woningbouwlocaties', [('Molenakker fase 2', 'Laatste 14 kavels in verkoop; afsluiting verwacht 2026.'),
                                 ('De Hoge Dijk', 'Bouwrijp maken fase 1 gereed; start verkoop vrije kavels.'),
                                 ('Centrumplan Maasstraat', 'Vertraging door bezwaarprocedure omgevingsvergunning.'),
                                 ('Kloosterweide', 'Verlieslatend; voorziening verlieslatende complexen verhoogd.'),
                                 ('Oude Veiling', '-'),
                                 ('Boschveld-Noord', 'Nieuw geopend in 2025 na raadsbesluit van 12 juni 2025.')]),
         ('Bedrijventerreinen', [('Bedrijvenpark De Kroon II', 'Uitgifte 2,1 ha aan logistiek bedrijf.'),
                                 ('Maasoever Zuid', 'Grondprijzen herzien conform nota grondprijzen 2025.'),
                                 ('Havenkwartier', 'Sanering bodem afgerond.')]),
         ('Gemengde locaties', [('Stationsomgeving', 'Samenwerking met ontwikkelaar; kostenverhaal via anterieure overeenkomst.'),
                                ('Voormalige Mavo-locatie', 'Verkoop aan woningcorporatie afgerond; afsluiting in 2026.')])]
    subs, ids, n = [], {}, 0
    for cn, cs in C:
        t.add(cn, style='head')
        parts = []
        for c, tl in cs:
            n += 1
            b1 = rnd(-1500, 9000) if c != 'Boschveld-Noord' else '-'
            L = rnd(50, 2500)
            B = rnd(0, 3500) if R.random() > 0.15 else '-'
            res = rnd(-2500, 4000)
            parts.append(t.add(c, code='G%02d' % n, vals=dict(b1=b1, L=L, B=B, res=res), text=dict(tl=tl), indent=1))
            ids[c] = parts[-1]
        s = t.add('Subtotaal ' + cn.lower(), style='sub')
        t.vsum(s, parts, ['b1', 'L', 'B', 'b31', 'res'])
        subs.append(s)
        t.add('', style='spacer')
    tot = t.add('Totaal grondexploitaties', style='total')
    t.vsum(tot, subs, ['b1', 'L', 'B', 'b31', 'res'])
    for row in t.rows:
        if row['style'] in ('part', 'sub', 'total'):
            t.hrel(row['id'], 'b31', [('b1', 1), ('L', 1), ('B', -1)])
    t.fill()
    alt = dict(p1=(ids['De Hoge Dijk'], 'L', 1), tot=(tot, 'res', 10), dele=ids['Maasoever Zuid'], sub=(subs[2], 'b1', 'transpose'))
    return t, alt


# ---------------------------------------------------------------- 8 begrotingswijziging provincie
def t8():
    cols = [dict(key='code', title='Progr.', type='code', width=6),
            dict(key='lab', title='Omschrijving', type='label', width=34)]
    for g, p in (('Lasten', 'L'), ('Baten', 'B')):
        for k, tt in (('o', 'Oorspronkelijke begroting'), ('w', 'Wijziging'), ('g', 'Gewijzigde begroting')):
            cols.append(dict(key=p + k, title=tt, group=g, type='num', width=12))
    cols.append(dict(key='S', title='Saldo gewijzigde begroting', type='num', width=12))
    t = Tab('t08_begrwijz', 'provincie: begrotingswijziging (programma-overzicht)', 'Begrotingswijziging',
            ['Provincie Noord-Veluwe', '3e begrotingswijziging 2025 (Najaarsnota) - overzicht per programma',
             'bedragen x € 1.000; saldo: negatief = nadeel'], cols, orientation='landscape', font=8, fit=True, header_height=30)
    P = [('1', 'Ruimte en wonen'), ('2', 'Mobiliteit'), ('3', 'Natuur en landelijk gebied'), ('4', 'Water en bodem'),
         ('5', 'Economie en vrijetijdseconomie'), ('6', 'Energietransitie en klimaat'), ('7', 'Cultuur en erfgoed'),
         ('8', 'Bestuur en samenwerking'), ('9', 'Algemene dekkingsmiddelen'), ('10', 'Overhead'), ('11', 'Onvoorzien')]
    ids = {}
    parts = []
    for c, n in P:
        Lo = rnd(3000, 160000)
        Bo = rnd(0, Lo // 2)
        if c == '9':
            Lo, Bo = rnd(100, 900), 720000
        if c == '11':
            Lo, Bo = 1000, 0
        Lw = rnd(-4000, 6000) if R.random() > 0.2 else 0
        Bw = rnd(-1500, 3000) if R.random() > 0.4 else 0
        parts.append(t.add(n, code=c, vals=dict(Lo=Lo, Lw=Lw, Bo=Bo, Bw=Bw)))
        ids[c] = parts[-1]
    sl = sum(t.rows[p]['vals']['Lo'] - t.rows[p]['vals']['Bo'] for p in parts)
    t.rows[ids['9']]['vals']['Bo'] += sl - rnd(18000, 32000)
    t.add('', style='spacer')
    sbl = t.add('Saldo van baten en lasten', style='sub')
    t.vsum(sbl, parts, ['Lo', 'Lw', 'Lg', 'Bo', 'Bw', 'Bg', 'S'])
    t.add('', style='spacer')
    for row in t.rows:
        if row['style'] in ('part', 'sub', 'total'):
            t.hrel(row['id'], 'Lg', [('Lo', 1), ('Lw', 1)])
            t.hrel(row['id'], 'Bg', [('Bo', 1), ('Bw', 1)])
            t.hrel(row['id'], 'S', [('Bg', 1), ('Lg', -1)])
    n0 = len(t.rows)
    t.fill()
    tl = t.rows[sbl]['vals']
    # reserves: set so that geraamd resultaat is 0 in original, small in gewijzigd
    need_o = -(tl['Bo'] - tl['Lo'])
    need_w = -(tl['Bw'] - tl['Lw'])
    toe_o = rnd(20000, 40000)
    ont_o = need_o + toe_o
    toe_w = rnd(0, 3000)
    ont_w = need_w + toe_w + rnd(-300, 300)
    t.add('Mutaties reserves', style='head')
    toe = t.add('Toevoegingen aan reserves', vals=dict(Lo=toe_o, Lw=toe_w, Bo='-', Bw='-'), indent=1)
    ont = t.add('Onttrekkingen aan reserves', vals=dict(Lo='-', Lw='-', Bo=ont_o, Bw=ont_w), indent=1)
    smr = t.add('Totaal mutaties reserves', style='sub')
    t.vsum(smr, [toe, ont], ['Lo', 'Lw', 'Lg', 'Bo', 'Bw', 'Bg', 'S'])
    t.add('', style='spacer')
    ger = t.add('Geraamd resultaat', style='total')
    t.vsum(ger, [sbl, smr], ['Lo', 'Lw', 'Lg', 'Bo', 'Bw', 'Bg', 'S'])
    for row in t.rows[n0:]:
        if row['style'] in ('part', 'sub', 'total'):
            t.hrel(row['id'], 'Lg', [('Lo', 1), ('Lw', 1)])
            t.hrel(row['id'], 'Bg', [('Bo', 1), ('Bw', 1)])
            t.hrel(row['id'], 'S', [('Bg', 1), ('Lg', -1)])
    t.fill()
    alt = dict(p1=(ids['6'], 'Lw', 1), tot=(ger, 'Lg', 10), dele=ids['7'], sub=(sbl, 'Bo', 'transpose'))
    return t, alt


# ---------------------------------------------------------------- 9 geprognosticeerde balans
def t9():
    Y = ['y25', 'y26', 'y27', 'y28']
    cols = [dict(key='lab', title='Balanspost', type='label', width=44)] + \
           [dict(key=y, title='31-12-20' + y[1:], group='Geprognosticeerde balans per', type='num', width=12) for y in Y]
    t = Tab('t09_balans', 'gemeente begroting: geprognosticeerde balans (paragraaf financiering / uiteenzetting financiële positie)',
            'Balans', ['Gemeente Oosterhout-Dongen', 'Begroting 2026 - Uiteenzetting financiële positie',
                       'Tabel 14: Geprognosticeerde balans', 'bedragen x € 1.000'], cols, font=10, fit=True)
    ids = {}

    def lines(labs):
        ps = []
        for lab, lo, hi in labs:
            b = rnd(lo, hi)
            v = {}
            for y in Y:
                v[y] = b
                b = max(0, b + rnd(-(hi - lo) // 8, (hi - lo) // 6))
            if hi == 0:
                v = {y: '-' for y in Y}
            ps.append(t.add(lab, vals=v, indent=1))
            ids[lab] = ps[-1]
        return ps
    t.add('ACTIVA', style='head')
    t.add('Vaste activa', style='head')
    va = lines([('Immateriële vaste activa', 200, 900), ('Materiële vaste activa', 180000, 260000),
                ('Financiële vaste activa', 8000, 15000)])
    sva = t.add('Totaal vaste activa', style='sub')
    t.vsum(sva, va, Y)
    t.add('Vlottende activa', style='head')
    vl = lines([('Voorraden (bouwgronden in exploitatie)', 6000, 22000), ('Uitzettingen met een rentetypische looptijd < 1 jaar', 12000, 25000),
                ('Liquide middelen', 200, 1500), ('Overlopende activa', 5000, 12000)])
    svl = t.add('Totaal vlottende activa', style='sub')
    t.vsum(svl, vl, Y)
    ta = t.add('Totaal activa', style='total')
    t.vsum(ta, [sva, svl], Y)
    t.add('', style='spacer')
    t.fill()
    TA = t.rows[ta]['vals']
    t.add('PASSIVA', style='head')
    t.add('Vaste passiva', style='head')
    ev = lines([('Algemene reserve', 25000, 40000), ('Bestemmingsreserves', 30000, 60000), ('Gerealiseerd resultaat', 0, 0)])
    sev = t.add('Eigen vermogen', style='sub', indent=1)
    t.vsum(sev, ev, Y)
    vz = lines([('Voorzieningen', 9000, 16000), ('Vaste schulden met een rentetypische looptijd > 1 jaar', 90000, 130000)])
    svp = t.add('Totaal vaste passiva', style='sub')
    t.vsum(svp, [sev] + vz, Y)
    t.add('Vlottende passiva', style='head')
    t.fill()
    other = {y: t.rows[svp]['vals'][y] for y in Y}
    ov = {}
    fl = {}
    for y in Y:
        ov[y] = rnd(8000, 14000)
        fl[y] = TA[y] - other[y] - ov[y]
        assert fl[y] > 0, fl
    p1 = t.add('Netto-vlottende schulden met een rentetypische looptijd < 1 jaar', vals=fl, indent=1)
    p2 = t.add('Overlopende passiva', vals=ov, indent=1)
    ids['Overlopende passiva'] = p2
    svlp = t.add('Totaal vlottende passiva', style='sub')
    t.vsum(svlp, [p1, p2], Y)
    tp = t.add('Totaal passiva', style='total')
    t.vsum(tp, [svp, svlp], Y)
    t.fill()
    assert t.rows[tp]['vals'] == TA
    alt = dict(p1=(ids['Materiële vaste activa'], 'y27', 1), tot=(tp, 'y26', 'transpose'), dele=ids['Overlopende activa'],
               sub=(sev, 'y28', 10))
    return t, alt


# ---------------------------------------------------------------- 10 algemene reserve + weerstandscapaciteit
def t10():
    cols = [dict(key='lab', title='Omschrijving', type='label', width=62),
            dict(key='v', title='Bedrag', type='num', width=14)]
    t = Tab('t10_algres', 'gemeente jaarstukken: verloop algemene reserve + weerstandscapaciteit', 'Algemene reserve',
            ['Gemeente Hardenberg-Vechtdal', 'Jaarstukken 2025 - Verloop van de algemene reserve', 'Bedragen in €'], cols, font=10, fit=True)
    beg = t.add('Stand per 1 januari 2025', style='sub', vals=dict(v=24_318_402))
    t.add('', style='spacer')
    t.add('Toevoegingen', style='head')
    tv = []
    ids = {}
    for lab in ['Resultaatbestemming jaarrekening 2024', 'Vrijval bestemmingsreserve Sociaal Domein',
                'Verkoopopbrengst gemeentewerf Ommerweg', 'Overheveling reserve Egalisatie afschrijvingen',
                'Bijdrage uit grondexploitaties (winstneming)']:
        tv.append(t.add(lab, vals=dict(v=rnd(150_000, 3_200_000)), indent=1))
        ids[lab] = tv[-1]
    stv = t.add('Totaal toevoegingen', style='sub')
    t.vsum(stv, tv, ['v'])
    t.add('', style='spacer')
    t.add('Onttrekkingen', style='head')
    to = []
    for lab in ['Dekking tekort jaarrekening 2024 Jeugdzorg', 'Eenmalige bijdrage zwembad De Vecht',
                'Frictiekosten reorganisatie', 'Storting in reserve Klimaatadaptatie', 'Cofinanciering Regio Deal Zwolle']:
        to.append(t.add(lab, vals=dict(v=rnd(100_000, 2_600_000)), indent=1))
        ids[lab] = to[-1]
    sto = t.add('Totaal onttrekkingen', style='sub')
    t.vsum(sto, to, ['v'])
    t.add('', style='spacer')
    end = t.add('Stand per 31 december 2025', style='total')
    t.vsum(end, [beg, stv, sto], ['v'], signs=[1, 1, -1])
    t.fill()
    E = t.rows[end]['vals']['v']
    t.add('', style='spacer')
    t.add('', style='spacer')
    t.add('Beschikbare weerstandscapaciteit per 31 december 2025', style='colhead', text=dict(v='Bedrag'))
    wc = []
    for lab, v in [('Algemene reserve (vrij besteedbaar)', E - 6_000_000), ('Reserve Risicobuffer Sociaal Domein', 3_500_000),
                   ('Onbenutte belastingcapaciteit OZB', rnd(4_000_000, 7_000_000)), ('Onbenutte belastingcapaciteit rioolheffing', '-'),
                   ('Post onvoorzien', 250_000)]:
        wc.append(t.add(lab, vals=dict(v=v), indent=1))
        ids[lab] = wc[-1]
    swc = t.add('Totaal beschikbare weerstandscapaciteit', style='total')
    t.vsum(swc, wc, ['v'])
    t.add('Benodigde weerstandscapaciteit (risico-inventarisatie, 90% zekerheid)', vals=dict(v=rnd(9_000_000, 12_000_000)))
    t.fill()
    ratio = t.rows[swc]['vals']['v'] / t.rows[-1]['vals']['v']
    t.add('Ratio weerstandsvermogen', text=dict(v=('%.1f' % ratio).replace('.', ',')))
    alt = dict(p1=(ids['Frictiekosten reorganisatie'], 'v', 1), tot=(end, 'v', 10),
               dele=ids['Onbenutte belastingcapaciteit OZB'], sub=(stv, 'v', 'transpose'))
    return t, alt


ALL = [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10]
