"""The demo session: a fictional MRC working day, full enough to try every page and export.

« MRC des Moulins-du-Lac — Priorités de territoire 2027 »: the `priorites-mrc` template's agenda
run up to the decisions, 18 participants, 41 ideas in 7 themes, one closed named voting round,
12 actors on the seven roles (one role nobody holds, one overloaded actor), 5 numbered decisions
and 7 actions. Every place, organisation and person is invented.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .errors import FileError

DATE = "2026-10-15"           # a Thursday
OFFSET = "-04:00"             # Eastern Daylight Time in mid-October

TITLE = ("MRC des Moulins-du-Lac — Priorités de territoire 2027",
         "Moulins-du-Lac RCM — 2027 Territory Priorities")
PLACE = ("Centre communautaire de Saint-Aubin-des-Moulins, salle du Quai",
         "Saint-Aubin-des-Moulins community centre, Quai room")
ORGANIZER = ("Conseil de la MRC des Moulins-du-Lac", "Council of the Moulins-du-Lac RCM")
FACILITATORS = [("Geneviève Lacasse, conseillère en développement collectif",
                 "Geneviève Lacasse, community development adviser")]
NOTES = ("Séance de travail du conseil élargie aux partenaires du territoire. Les orientations "
         "retenues seront soumises au conseil à sa séance ordinaire du 18 novembre.",
         "Council working session open to the territory's partners. The directions chosen will "
         "go to council at its regular meeting on November 18.")

# (name, organisation fr, organisation en, present)
PARTICIPANTS = [
    ("Martine Beaulieu", "Préfète, MRC des Moulins-du-Lac", "Warden, Moulins-du-Lac RCM", True),
    ("Réjean Lapointe", "Maire, Saint-Aubin-des-Moulins", "Mayor, Saint-Aubin-des-Moulins", True),
    ("Sylvie Côté-Arsenault", "Mairesse, Lac-Vert", "Mayor, Lac-Vert", True),
    ("Denis Ouellet", "Maire, Sainte-Irène-du-Lac", "Mayor, Sainte-Irène-du-Lac", True),
    ("Chantal Morin", "Mairesse, Pointe-aux-Meules", "Mayor, Pointe-aux-Meules", True),
    ("Gaétan Fortier", "Maire, Val-Carignan", "Mayor, Val-Carignan", True),
    ("Jacques Bélanger", "Maire, Rivière-aux-Saules", "Mayor, Rivière-aux-Saules", False),
    ("Isabelle Gingras", "Directrice générale, MRC des Moulins-du-Lac",
     "Director General, Moulins-du-Lac RCM", True),
    ("Karim Benali", "Agent de développement, MRC des Moulins-du-Lac",
     "Development officer, Moulins-du-Lac RCM", True),
    ("Nathalie Dufresne", "Corporation de développement communautaire des Moulins",
     "Moulins Community Development Corporation", True),
    ("Émilie Savard", "Carrefour jeunesse-emploi des Moulins-du-Lac",
     "Moulins-du-Lac Youth Employment Centre", True),
    ("Patrick Lévesque", "CISSS de la Haute-Rivière, organisation communautaire",
     "Haute-Rivière CISSS, community organizing", True),
    ("Sophie Nadeau", "Chambre de commerce des Moulins-du-Lac",
     "Moulins-du-Lac Chamber of Commerce", True),
    ("François Paquette", "Citoyen, comité « Bouger au Lac »",
     "Resident, “Bouger au Lac” committee", True),
    ("Mélanie Caron", "Office municipal d'habitation des Moulins",
     "Moulins Municipal Housing Office", True),
    ("Alexandre Roy", "Centre de services scolaire de la Haute-Rivière",
     "Haute-Rivière School Service Centre", False),
    ("Hélène Pelletier", "Coopérative de solidarité alimentaire Le Panier du Lac",
     "Le Panier du Lac food solidarity co-op", True),
    ("Marc-André Girard", "Organisme de bassin versant de la rivière aux Saules",
     "Rivière aux Saules Watershed Organization", True),
]
# participants by their number in the list above (1-based), for readability below
BEAULIEU, LAPOINTE, COTE, OUELLET, MORIN, FORTIER, BELANGER, GINGRAS, BENALI, DUFRESNE, \
    SAVARD, LEVESQUE, NADEAU, PAQUETTE, CARON, ROY, PELLETIER, GIRARD = range(1, 19)

# Minutes actually spent on the first agenda items (the rest has not been run yet).
ACTUAL_MINUTES = [17, 34, 28, 45, 18, 27, 18, 55, 52, 47]

THEMES = [
    ("Logement abordable et rétention des familles",
     "Affordable housing and keeping families", "#e07a5f"),
    ("Mobilité et transport collectif", "Mobility and public transit", "#3d85c6"),
    ("Eau, environnement et adaptation climatique",
     "Water, environment and climate adaptation", "#4caf50"),
    ("Vitalité économique et main-d'œuvre", "Economic vitality and workforce", "#f2a541"),
    ("Services de proximité, santé et alimentation",
     "Local services, health and food", "#9c6ade"),
    ("Jeunesse, culture et vie communautaire",
     "Youth, culture and community life", "#e91e63"),
    ("Gouvernance et partage des ressources",
     "Governance and resource sharing", "#607d8b"),
]

# (theme number, author, fr, en); captured during agenda item 4, except the last theme's
# ideas, captured during item 10 (sharing resources).
IDEAS = [
    (1, DUFRESNE, "Un fonds intermunicipal pour acheter et rénover des logements abordables",
     "An intermunicipal fund to buy and renovate affordable housing"),
    (1, COTE, "Permettre les logements accessoires (« maisons de fond de cour ») dans tous les "
              "règlements de zonage",
     "Allow accessory dwelling units (“backyard homes”) in every zoning by-law"),
    (1, BENALI, "Inventaire des terrains municipaux vacants pouvant accueillir du logement social",
     "Inventory of vacant municipal land that could host social housing"),
    (1, CARON, "Accompagner les OBNL d'habitation dans le montage financier de leurs projets",
     "Help non-profit housing groups put together the financing of their projects"),
    (1, SAVARD, "Les jeunes familles partent faute de logements à louer : il faut agir avant "
                "2027",
     "Young families leave because there is nothing to rent: we must act before 2027"),
    (1, NADEAU, "Des logements temporaires pour la main-d'œuvre saisonnière",
     "Temporary housing for seasonal workers"),
    (2, OUELLET, "Transport collectif entre les sept municipalités, avec des horaires adaptés "
                 "aux quarts de travail",
     "Public transit linking the seven municipalities, with schedules that fit work shifts"),
    (2, PAQUETTE, "🚌 Une navette le samedi vers l'épicerie et le centre de services",
     "🚌 A Saturday shuttle to the grocery store and the service centre"),
    (2, NADEAU, "Covoiturage organisé pour les travailleurs du parc industriel",
     "Organised carpooling for workers at the industrial park"),
    (2, LEVESQUE, "Ouvrir le transport adapté aux aînés qui n'ont plus de permis de conduire",
     "Open paratransit to seniors who no longer have a driver's licence"),
    (2, PAQUETTE, "Relier les pistes cyclables des villages par l'ancienne voie ferrée",
     "Link the villages' bike paths along the old railway line"),
    (2, FORTIER, "Mettre en commun transport scolaire et transport collectif là où c'est possible",
     "Combine school buses and public transit where possible"),
    (3, GIRARD, "Protéger les sources d'eau potable en amont du lac des Moulins",
     "Protect drinking water sources upstream of Lac des Moulins"),
    (3, MORIN, "Un plan d'adaptation aux crues printanières de la rivière aux Saules",
     "An adaptation plan for the spring floods of the Rivière aux Saules"),
    (3, COTE, "Programme commun de mise aux normes des installations septiques",
     "A joint program to bring septic systems up to standard"),
    (3, PELLETIER, "Planter des arbres et créer des îlots de fraîcheur dans les cœurs villageois",
     "Plant trees and create cool spots in village centres"),
    (3, MORIN, "Une ressource partagée en environnement pour les petites municipalités",
     "A shared environmental officer for the small municipalities"),
    (3, GIRARD, "Mesurer et publier chaque été la qualité de l'eau des plages",
     "Measure and publish beach water quality every summer"),
    (4, NADEAU, "Accueillir personnellement les nouveaux arrivants pour attirer et garder la "
                "main-d'œuvre",
     "Welcome newcomers personally to attract and keep workers"),
    (4, FORTIER, "Soutenir la relève des entreprises familiales : commerces, fermes, ateliers",
     "Support succession in family businesses: shops, farms, workshops"),
    (4, LAPOINTE, "Un espace de travail partagé avec Internet haute vitesse au centre du "
                  "territoire",
     "A coworking space with high-speed Internet in the middle of the territory"),
    (4, FORTIER, "Utiliser le bois d'ici dans les bâtiments publics",
     "Use local wood in public buildings"),
    (4, LAPOINTE, "Développer l'agrotourisme autour du lac", "Develop agritourism around the lake"),
    (4, SAVARD, "Faire reconnaître les compétences des personnes immigrantes",
     "Get immigrants' skills recognised"),
    (5, LEVESQUE, "Une clinique mobile du CISSS dans chaque village une fois par mois",
     "A mobile CISSS clinic in every village once a month"),
    (5, PELLETIER, "Épicerie solidaire et frigos communautaires là où il n'y a plus d'épicerie",
     "A solidarity grocery and community fridges where there is no grocery store left"),
    (5, OUELLET, "Garder le point de service du CLSC à Sainte-Irène-du-Lac",
     "Keep the CLSC service point in Sainte-Irène-du-Lac"),
    (5, LEVESQUE, "Soutenir les proches aidants : répit et information au même endroit",
     "Support caregivers: respite and information in one place"),
    (5, DUFRESNE, "Accueil et affichage multilingues, y compris en ᐃᓄᒃᑎᑐᑦ (inuktitut) pour les "
                  "familles inuit établies dans la MRC",
     "Multilingual welcome and signs, including ᐃᓄᒃᑎᑐᑦ (Inuktitut) for the Inuit families "
     "living in the RCM"),
    (5, CARON, "Un guichet unique pour connaître tous les services du territoire",
     "A one-stop desk to learn about every service in the territory"),
    (6, SAVARD, "Un conseil jeunesse de la MRC avec un budget participatif",
     "An RCM youth council with a participatory budget"),
    (6, COTE, "Partager les équipements de loisirs entre municipalités (chapiteau, scène mobile)",
     "Share recreation equipment between municipalities (tent, mobile stage)"),
    (6, DUFRESNE, "Une tournée des artistes d'ici dans chaque village",
     "A tour of local artists through every village"),
    (6, SAVARD, "Maisons des jeunes ouvertes aussi le samedi soir",
     "Youth centres open on Saturday evenings too"),
    (6, PAQUETTE, "Reconnaître et soutenir les bénévoles : ils s'essoufflent",
     "Recognise and support volunteers: they are running out of steam"),
    (7, BEAULIEU, "Partager les coûts moitié selon la population, moitié selon la richesse "
                  "foncière",
     "Share costs half by population, half by property wealth"),
    (7, DUFRESNE, "Associer organismes et citoyens aux décisions, pas seulement à la "
                  "consultation",
     "Involve organisations and residents in decisions, not just in consultation"),
    (7, GINGRAS, "Une ressource commune en génie et en urbanisme pour les petites municipalités",
     "A shared engineering and planning resource for the small municipalities"),
    (7, BENALI, "Un tableau de bord public pour suivre les priorités et les budgets",
     "A public dashboard to follow the priorities and budgets"),
    (7, PAQUETTE, "Un bilan annuel des priorités présenté en séance publique",
     "A yearly review of the priorities presented at a public meeting"),
    (7, BEAULIEU, "Que chaque municipalité désigne un élu responsable de la concertation",
     "Each municipality names one elected official in charge of joint planning"),
]

# Named round on the themes: 3 dots each, at most 2 on one theme (theme number -> dots).
BALLOTS = {
    BEAULIEU: {1: 1, 7: 2}, LAPOINTE: {1: 2, 4: 1}, COTE: {3: 2, 1: 1},
    OUELLET: {2: 2, 4: 1}, MORIN: {3: 2, 2: 1}, FORTIER: {4: 2, 2: 1},
    GINGRAS: {7: 2, 1: 1}, BENALI: {1: 1, 2: 1, 4: 1}, DUFRESNE: {1: 2, 5: 1},
    SAVARD: {6: 2, 1: 1}, LEVESQUE: {5: 2, 2: 1}, NADEAU: {4: 2, 2: 1},
    PAQUETTE: {2: 2, 3: 1}, CARON: {1: 2, 5: 1}, PELLETIER: {5: 1, 6: 1, 3: 1},
    GIRARD: {3: 2, 7: 1},
}
ROUND = ("Priorités de territoire 2027", "2027 territory priorities")

# (name fr, name en, kind, {role: (current, desired)}); kind is one of rolemap.ACTOR_KINDS,
# or free text (fr, en) as a person would type it
ACTORS = [
    ("MRC des Moulins-du-Lac", "Moulins-du-Lac RCM", "municipal",
     {"animateur": (3, 2), "accelerateur": (2, 1), "experimentateur": (2, 1),
      "eclaireur": (2, 2), "entrepreneur": (3, 3), "facilitateur": (3, 2),
      "developpeur": (1, 1)}),
    ("Municipalité de Saint-Aubin-des-Moulins", "Municipality of Saint-Aubin-des-Moulins",
     "municipal", {"entrepreneur": (2, 2), "animateur": (1, 2)}),
    ("Municipalité de Lac-Vert", "Municipality of Lac-Vert", "municipal",
     {"experimentateur": (1, 2), "animateur": (1, 1)}),
    ("Corporation de développement communautaire des Moulins",
     "Moulins Community Development Corporation", "community",
     {"animateur": (2, 3), "facilitateur": (2, 3), "accelerateur": (1, 2)}),
    ("Carrefour jeunesse-emploi des Moulins-du-Lac", "Moulins-du-Lac Youth Employment Centre",
     "community", {"accelerateur": (2, 2), "experimentateur": (2, 2)}),
    ("CISSS de la Haute-Rivière", "Haute-Rivière CISSS", "public institution",
     {"eclaireur": (1, 2), "developpeur": (1, 2), "facilitateur": (1, 2)}),
    ("Cégep de la Haute-Rivière, centre de recherche appliquée",
     "Haute-Rivière CEGEP, applied research centre", "public institution",
     {"developpeur": (1, 3), "eclaireur": (1, 2), "accelerateur": (1, 1)}),
    ("Chambre de commerce des Moulins-du-Lac", "Moulins-du-Lac Chamber of Commerce",
     "business", {"entrepreneur": (2, 2), "animateur": (1, 2)}),
    ("Autobus Moulins-Express inc.", "Autobus Moulins-Express Inc.", "business",
     {"entrepreneur": (1, 2), "experimentateur": (1, 2)}),
    ("Coopérative de solidarité alimentaire Le Panier du Lac",
     "Le Panier du Lac food solidarity co-op", ("économie sociale", "social economy"),
     {"experimentateur": (2, 3), "animateur": (1, 1)}),
    ("Organisme de bassin versant de la rivière aux Saules",
     "Rivière aux Saules Watershed Organization", "community",
     {"eclaireur": (2, 2), "developpeur": (1, 2), "experimentateur": (1, 1)}),
    ("Comité citoyen « Bouger au Lac »", "“Bouger au Lac” residents' committee",
     "citizen group", {"animateur": (1, 2), "experimentateur": (1, 1)}),
]

# (fr, en, proposed_by, seconded_by, outcome, for, against, abstentions)
DECISIONS = [
    ("Retenir trois priorités de territoire pour 2027 : le logement abordable et la rétention "
     "des familles, la mobilité et le transport collectif, l'eau et l'adaptation climatique.",
     "Adopt three territory priorities for 2027: affordable housing and keeping families, "
     "mobility and public transit, water and climate adaptation.",
     LAPOINTE, MORIN, "adopted", 5, 1, 0),
    ("Créer une table de concertation territoriale réunissant élus, organismes communautaires, "
     "CISSS, milieu scolaire et milieu des affaires, animée par la Corporation de développement "
     "communautaire des Moulins.",
     "Create a territorial round table of elected officials, community organisations, the "
     "CISSS, schools and business, convened by the Moulins Community Development Corporation.",
     COTE, OUELLET, "adopted_unanimously", None, None, None),
    ("Réserver 20 % de l'enveloppe annuelle du fonds de développement de la MRC aux projets "
     "issus des trois priorités. Reporté à la séance du 18 novembre, le temps que la direction "
     "générale en présente l'analyse financière.",
     "Set aside 20% of the RCM development fund's yearly envelope for projects under the three "
     "priorities. Deferred to the November 18 meeting, until the director general presents the "
     "financial analysis.",
     FORTIER, LAPOINTE, "deferred", None, None, None),
    ("Mandater la direction générale pour préparer un projet d'entente intermunicipale de "
     "transport collectif, les coûts étant partagés selon la population.",
     "Instruct the director general to draft an intermunicipal public transit agreement, with "
     "costs shared by population.",
     OUELLET, FORTIER, "adopted", 4, 1, 1),
    ("Embaucher dès janvier une ressource à temps plein consacrée au logement.",
     "Hire a full-time housing officer starting in January.",
     COTE, MORIN, "rejected", 2, 4, 0),
]

# (fr, en, owner (or (fr, en)), due, status, idea number or None)
ACTIONS = [
    ("Transmettre le compte rendu de l'atelier à tous les participants",
     "Send the workshop report to all participants", "Isabelle Gingras", "2026-10-22", "done",
     None),
    ("Préparer l'analyse financière du scénario de 20 % du fonds de développement",
     "Prepare the financial analysis of the 20% development fund scenario", "Isabelle Gingras",
     "2026-11-10", "open", None),
    ("Dresser le portrait du logement locatif par municipalité",
     "Profile rental housing in each municipality", "Karim Benali", "2026-12-11", "open", 3),
    ("Convoquer la première rencontre de la table de concertation territoriale",
     "Call the first meeting of the territorial round table", "Nathalie Dufresne", "2027-01-20",
     "open", None),
    ("Consulter les transporteurs et le CISSS sur les besoins de transport collectif et adapté",
     "Consult bus operators and the CISSS on public transit and paratransit needs",
     ("Karim Benali et Sophie Nadeau", "Karim Benali and Sophie Nadeau"), "2027-02-15", "open",
     7),
    ("Cartographier les zones inondables prioritaires de la rivière aux Saules",
     "Map the priority flood zones of the Rivière aux Saules", "Marc-André Girard",
     "2027-03-31", "open", 14),
    ("Organiser une soirée d'information citoyenne sur les priorités retenues",
     "Hold a public information evening on the chosen priorities", "Martine Beaulieu",
     "2027-02-24", "open", None),
]


def demo_uid(lang: str) -> str:
    """The uid of the app's own demo file: the same each time it is made anew, so its snapshots
    stay in one folder."""
    return ("de70" * 8) if lang != "en" else ("de7e" * 8)


def write_demo(path: Path, lang: str = "fr", *, replace: bool = False,
               own: bool = False) -> Path:
    """Write the demo session to `path` (French text, or English when lang == "en").

    An existing path is refused (FileError "exists") unless replace; the session is built in a
    temporary file next to it, then put in place (store.files.publish: no hard link, a stale
    journal at `path` set aside first), so a failure leaves nothing behind. own: the app's own
    demo file, which keeps one uid (demo_uid) however often it is made anew."""
    from .store import Store
    from .store.files import publish, refuse_existing

    path = Path(path)
    if not replace:
        refuse_existing(path)
    en = lang == "en"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.demo")
    _remove(tmp)
    store = Store.create(tmp, TITLE[en], language="en" if en else "fr",
                         template="priorites-mrc", uid=demo_uid(lang) if own else None)
    try:
        with store.transaction():
            _fill(store, en)
        store.close()
        publish(tmp, path, replace=replace)
    finally:
        if not store.closed:
            store.close()
        _remove(tmp)
    return path


def _remove(tmp: Path) -> None:
    for extra in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        with contextlib.suppress(OSError):
            extra.unlink()


def _at(hhmm_minutes: int) -> str:
    return f"{DATE}T{hhmm_minutes // 60:02d}:{hhmm_minutes % 60:02d}:00{OFFSET}"


def _fill(store, en: bool) -> None:
    from .agenda import parse_hhmm
    from .decisions import next_number
    from .templates import apply_template, load_template
    from .voting import check_ballot

    lang = "en" if en else "fr"
    tpl = load_template("priorites-mrc")
    apply_template(store, tpl, lang)
    store.session.update(date=DATE, place=PLACE[en], organizer=ORGANIZER[en],
                         facilitators=[f[en] for f in FACILITATORS], notes=NOTES[en])
    session = store.session.get()

    people = [store.participants.add(name, org_en if en else org_fr, present)
              for name, org_fr, org_en, present in PARTICIPANTS]
    who = {n: pid for n, pid in enumerate(people, start=1)}

    items = store.agenda.list()
    starts, t = [], parse_hhmm(session.start_time)
    for item, minutes in zip(items, ACTUAL_MINUTES):
        store.agenda.update(item.id, actual_seconds=minutes * 60 + (17 if minutes % 2 else 0))
        starts.append(t)
        t += minutes
    brainstorm, sharing = items[3], items[9]   # remue-méninges ; partage des ressources

    themes = [store.ideas.add_theme(t_en if en else t_fr, color) for t_fr, t_en, color in THEMES]
    ideas = []
    for k, (theme, author, fr, en_text) in enumerate(IDEAS):
        if theme == 7:   # captured while discussing resource sharing
            item, minute = sharing, starts[9] + 8 + 3 * (k - 35)
        else:
            item, minute = brainstorm, starts[3] + 4 + k
        ideas.append(store.ideas.add(en_text if en else fr, themes[theme - 1], item.id,
                                     who[author], created_at=_at(minute)))

    rid = store.voting.add_round(ROUND[en], "themes", themes, 3, 2, anonymous=False,
                                 status="open")
    rnd = store.voting.round(rid)
    for person, ballot in BALLOTS.items():
        dots = {themes[theme - 1]: d for theme, d in ballot.items()}
        check_ballot(rnd, dots, lang)
        store.voting.set_ballot(rid, who[person], dots)
    store.voting.update_round(rid, status="closed", revealed=True)

    for name_fr, name_en, kind, roles in ACTORS:
        if isinstance(kind, tuple):
            kind = kind[en]
        aid = store.actors.add(name_en if en else name_fr, kind)
        for role, (current, desired) in roles.items():
            store.actors.set_level(aid, role, current, desired)

    for fr, en_text, mover, seconder, outcome, yes, no, abst in DECISIONS:
        number = next_number(session.decision_pattern, store.decisions.numbers(), DATE)
        store.decisions.add(number, en_text if en else fr, who[mover], who[seconder], outcome,
                            yes, no, abst)
    for fr, en_text, owner, due, status, idea in ACTIONS:
        if isinstance(owner, tuple):
            owner = owner[en]
        store.decisions.add_action(en_text if en else fr, owner, due, status,
                                   ideas[idea - 1] if idea else None)
