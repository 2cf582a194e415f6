"""Demo content for Budapest Post: sections, topics, authors and articles (fictional, November 2026).

Plain data only. Read by news.demo.loader (`manage.py load_demo_content`). Every article that exists in
both languages has the same block sequence in each, so the second version can be imported as a real
wagtail-localize translation of the first.
"""

SECTIONS = [
    {
        "key": "budapest",
        "en": {
            "title": "Budapest",
            "slug": "budapest",
            "intro": "News from the capital's districts, City Hall and the streets in between.",
        },
        "hu": {
            "title": "Budapest",
            "slug": "budapest",
            "intro": "Hírek a fővárosból: kerületek, Városháza és minden, ami a kettő között történik.",
        },
    },
    {
        "key": "hungary",
        "en": {
            "title": "Hungary",
            "slug": "hungary",
            "intro": "Politics, regions, sport and everyday life across Hungary.",
        },
        "hu": {
            "title": "Magyarország",
            "slug": "magyarorszag",
            "intro": "Közélet, vidék, sport és hétköznapok szerte az országban.",
        },
    },
    {
        "key": "europe",
        "en": {
            "title": "Europe",
            "slug": "europe",
            "intro": "Decisions taken in Brussels and neighbouring capitals, and what they mean for Hungary.",
        },
        "hu": {
            "title": "Európa",
            "slug": "europa",
            "intro": "Döntések Brüsszelből és a szomszédos fővárosokból – és hogy mit jelentenek Magyarországnak.",
        },
    },
    {
        "key": "world",
        "en": {
            "title": "World",
            "slug": "world",
            "intro": "International news, from climate talks to scientific expeditions, told with context.",
        },
        "hu": {
            "title": "Világ",
            "slug": "vilag",
            "intro": "Nemzetközi hírek a klímatárgyalásoktól a tudományos expedíciókig, háttérrel együtt.",
        },
    },
    {
        "key": "business",
        "en": {
            "title": "Business",
            "slug": "business",
            "intro": "Markets, prices, companies and the forint, explained in plain language.",
        },
        "hu": {
            "title": "Gazdaság",
            "slug": "gazdasag",
            "intro": "Piacok, árak, vállalatok és a forint – közérthetően.",
        },
    },
    {
        "key": "technology",
        "en": {
            "title": "Technology",
            "slug": "technology",
            "intro": "Start-ups, research and the rules shaping digital life in central Europe.",
        },
        "hu": {
            "title": "Technológia",
            "slug": "technologia",
            "intro": "Startupok, kutatás és a digitális életet alakító szabályok Közép-Európában.",
        },
    },
    {
        "key": "culture",
        "en": {
            "title": "Culture",
            "slug": "culture",
            "intro": "Museums, film, music and books, in Budapest and beyond.",
        },
        "hu": {
            "title": "Kultúra",
            "slug": "kultura",
            "intro": "Múzeumok, film, zene és könyvek Budapesten és azon túl.",
        },
    },
    {
        "key": "opinion",
        "en": {
            "title": "Opinion",
            "slug": "opinion",
            "intro": "Columns and commentary from our writers and guest contributors.",
        },
        "hu": {
            "title": "Vélemény",
            "slug": "velemeny",
            "intro": "Szerzőink és vendégszerzőink jegyzetei és véleménycikkei.",
        },
    },
]

TOPICS = [
    {"key": "public-transport", "en": "Public transport", "hu": "Tömegközlekedés"},
    {"key": "city-hall", "en": "City Hall", "hu": "Városháza"},
    {"key": "housing", "en": "Housing and property", "hu": "Lakhatás és ingatlan"},
    {"key": "danube", "en": "The Danube", "hu": "Duna"},
    {"key": "climate", "en": "Climate", "hu": "Klímaváltozás"},
    {"key": "energy", "en": "Energy", "hu": "Energia"},
    {"key": "eu-policy", "en": "EU policy", "hu": "Uniós politika"},
    {"key": "inflation", "en": "Prices and inflation", "hu": "Árak és infláció"},
    {"key": "markets", "en": "Markets", "hu": "Piacok"},
    {"key": "education", "en": "Education", "hu": "Oktatás"},
    {"key": "health", "en": "Health", "hu": "Egészség"},
    {"key": "wine-and-food", "en": "Wine and food", "hu": "Bor és gasztronómia"},
    {"key": "sport", "en": "Sport", "hu": "Sport"},
    {"key": "startups", "en": "Start-ups", "hu": "Startupok"},
    {"key": "artificial-intelligence", "en": "Artificial intelligence", "hu": "Mesterséges intelligencia"},
    {"key": "heritage", "en": "Heritage", "hu": "Kulturális örökség"},
    {"key": "arts", "en": "Arts", "hu": "Művészetek"},
    {"key": "rail", "en": "Rail", "hu": "Vasút"},
]

AUTHORS = [
    {
        "key": "eszter-varga",
        "name": "Eszter Varga",
        "en": {
            "role": "City reporter",
            "bio": "Eszter Varga covers City Hall, transport and housing in Budapest. "
            "She previously reported for a regional daily in Győr.",
        },
        "hu": {
            "role": "Városi riporter",
            "bio": "Varga Eszter a fővárosi önkormányzatról, a közlekedésről és a lakhatásról ír. "
            "Korábban egy győri regionális napilap munkatársa volt.",
        },
    },
    {
        "key": "mate-szalai",
        "name": "Máté Szalai",
        "en": {
            "role": "Europe correspondent",
            "bio": "Based in Brussels, Máté Szalai follows the EU institutions, energy policy and transport. "
            "He studied law in Szeged and Leuven.",
        },
        "hu": {
            "role": "Európa-tudósító",
            "bio": "Szalai Máté Brüsszelből tudósít az uniós intézmények, az energiapolitika és a közlekedés "
            "ügyeiről. Jogot tanult Szegeden és Leuvenben.",
        },
    },
    {
        "key": "lilla-horvath",
        "name": "Lilla Horváth",
        "en": {
            "role": "Business editor",
            "bio": "Lilla Horváth edits the business section and writes about prices, interest rates and "
            "the forint. Before turning to journalism she worked as a bank analyst.",
        },
        "hu": {
            "role": "Gazdasági rovatvezető",
            "bio": "Horváth Lilla a gazdasági rovat vezetője, az árakról, a kamatokról és a forintról ír. "
            "Mielőtt újságíró lett, banki elemzőként dolgozott.",
        },
    },
    {
        "key": "daniel-fekete",
        "name": "Dániel Fekete",
        "en": {
            "role": "Technology reporter",
            "bio": "Dániel Fekete writes about start-ups, artificial intelligence and digital regulation. "
            "He worked as a software engineer for six years.",
        },
        "hu": {
            "role": "Technológiai újságíró",
            "bio": "Fekete Dániel startupokról, mesterséges intelligenciáról és a digitális szabályozásról ír. "
            "Hat évig szoftverfejlesztőként dolgozott.",
        },
    },
    {
        "key": "hannah-whitfield",
        "name": "Hannah Whitfield",
        "en": {
            "role": "Culture editor",
            "bio": "Hannah Whitfield moved to Budapest from Manchester in 2015 and has written about the "
            "city's museums, film and music ever since.",
        },
        "hu": {
            "role": "Kulturális szerkesztő",
            "bio": "Hannah Whitfield 2015-ben költözött Manchesterből Budapestre, azóta a város múzeumairól, "
            "filmes és zenei életéről ír.",
        },
    },
    {
        "key": "gergely-nemes",
        "name": "Gergely Nemes",
        "en": {
            "role": "Hungary and sport correspondent",
            "bio": "Gergely Nemes reports from around the country and covers water polo, football and "
            "Olympic sports.",
        },
        "hu": {
            "role": "Belföldi és sporttudósító",
            "bio": "Nemes Gergely az ország különböző pontjairól tudósít, emellett vízilabdáról, futballról "
            "és olimpiai sportágakról ír.",
        },
    },
    {
        "key": "zsofia-molnar",
        "name": "Zsófia Molnár",
        "en": {
            "role": "Science and climate reporter",
            "bio": "Zsófia Molnár covers climate, the environment and research. She holds a doctorate in "
            "hydrology from the Budapest University of Technology.",
        },
        "hu": {
            "role": "Tudományos és klímaújságíró",
            "bio": "Molnár Zsófia a klímaváltozásról, a környezetről és a tudományos kutatásokról ír. "
            "Hidrológiából szerzett doktori fokozatot a Budapesti Műszaki Egyetemen.",
        },
    },
    {
        "key": "oliver-brennan",
        "name": "Oliver Brennan",
        "en": {
            "role": "World editor",
            "bio": "Oliver Brennan edits the international pages. He has previously reported from Nairobi, "
            "Lisbon and Belgrade.",
        },
        "hu": {
            "role": "Külföldi hírek szerkesztője",
            "bio": "Oliver Brennan a külföldi hírek szerkesztője. Korábban Nairobiból, Lisszabonból és "
            "Belgrádból tudósított.",
        },
    },
]

ARTICLES = [
    # ------------------------------------------------------------------------------------------------
    # BUDAPEST
    # ------------------------------------------------------------------------------------------------
    {
        # The long feature: uses every block type.
        "key": "trams-28-37-renewal",
        "section": "budapest",
        "original": "hu",
        "days_ago": 0.3,
        "authors": ["eszter-varga"],
        "topics": ["public-transport", "city-hall"],
        "ai_generated": False,
        "hero": {
            "colour": "#1f4e79",
            "label_en": "A yellow tram at the Orczy tér stop in the rain",
            "label_hu": "Sárga villamos az Orczy téri megállóban, esőben",
            "credit": "Budapest Post / Réka Simon",
        },
        "corrections": [],
        "en": {
            "title": "Trams 28 and 37 to be rebuilt from March, with buses replacing them for over a year",
            "slug": "trams-28-and-37-rebuilt-from-march",
            "standfirst": "The city will renew eight kilometres of track between Blaha Lujza tér and Kőbánya "
            "in three phases. Passengers face fourteen months of replacement buses, but will get low-floor "
            "trams and step-free stops in return.",
            "body": [
                (
                    "paragraph",
                    "<p>Work to rebuild the tracks used by tram lines 28 and 37 will begin in March "
                    "2027, City Hall announced on Tuesday. The project covers roughly eight kilometres of line "
                    "between Blaha Lujza tér and the New Public Cemetery, parts of which have not been "
                    "thoroughly renewed since the 1970s.</p>",
                ),
                (
                    "paragraph",
                    "<p>The works will be carried out in three phases over about fourteen months. "
                    "While each section is closed, replacement buses will run along the tram route, and the "
                    "transport authority has promised extra services at peak times on Népszínház utca, where "
                    "the trams are the main link between the inner districts and Kőbánya.</p>",
                ),
                (
                    "image",
                    {
                        "colour": "#4a5a3c",
                        "label_en": "Worn tram rails set in cracked concrete on Népszínház utca",
                        "label_hu": "Kopott villamossínek töredezett betonban a Népszínház utcában",
                        "credit": "Budapest Post / Réka Simon",
                        "caption": "The track on Népszínház utca is among the most worn on the city's network.",
                    },
                ),
                ("heading", {"text": "Why now", "level": "h2"}),
                (
                    "paragraph",
                    "<p>According to the transport authority, speed restrictions apply on almost a "
                    "third of the route because of worn rails and a sinking track bed. Trams often slow to "
                    "walking pace at junctions, and journey times have grown by around six minutes over the past "
                    "decade. Most of the 38-billion-forint budget will come from EU cohesion funds, with the "
                    "city and the state covering the rest.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "We are not simply replacing rails. We are rebuilding the stops so that a parent "
                        "with a pushchair or a passenger in a wheelchair can board without anyone's help.",
                        "attribution": "Katalin Rácz, project director at the Budapest transport authority",
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Planned construction phases",
                        "columns": ["Phase", "Section", "Length (m)", "Closure"],
                        "rows": [
                            ["1", "Blaha Lujza tér – Orczy tér", "2300", "March–July 2027"],
                            ["2", "Orczy tér – Kőbánya alsó", "2900", "July–December 2027"],
                            ["3", "Kőbánya alsó – New Public Cemetery", "2800", "January–May 2028"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Once the work is finished, the line will be served by low-floor trams of "
                    "the type already running elsewhere in the city, replacing the ageing high-floor vehicles "
                    "that have served the route for decades. All 27 stops will be rebuilt with raised "
                    "platforms, shelters and real-time information displays. The plans also include around "
                    "400 new trees along the route and grass between the rails on the outer section.</p>",
                ),
                (
                    "paragraph",
                    "<p>Shopkeepers on Népszínház utca are wary. “The last time they dug up the "
                    "street, we lost half our customers for an entire summer,” said Ferenc Bodnár, who runs a "
                    "hardware shop near Teleki tér. The district council says it will ask the contractor to "
                    "keep pavements open and to schedule the noisiest work outside shop hours.</p>",
                ),
                (
                    "pull_quote",
                    {
                        "text": "The last time they dug up the street, we lost half our customers for an entire "
                        "summer.",
                    },
                ),
                (
                    "fact_box",
                    {
                        "title": "Key facts",
                        "items": [
                            "Length: about 8 km of double track",
                            "Cost: 38 billion forints",
                            "Duration: 14 months, in three phases",
                            "27 stops to become step-free",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "What happens next",
                        "text": "<p>Detailed replacement-bus timetables will be published in February. Residents "
                        "can comment on the designs for the new stops at two public meetings in Districts VIII "
                        'and X in January, or <a href="https://example.org/bkk/trams-28-37">online</a> until '
                        "15 January.</p>",
                    },
                ),
            ],
        },
        "hu": {
            "title": "Márciustól újjáépítik a 28-as és a 37-es villamos pályáját, több mint egy évig pótlóbusz jár",
            "slug": "marciustol-ujjaepitik-a-28-as-es-37-es-villamos-palyajat",
            "standfirst": "A főváros három ütemben, mintegy nyolc kilométer hosszan újítja fel a Blaha Lujza tér "
            "és Kőbánya közötti vonalat. Az utasoknak tizennégy hónapig pótlóbuszokkal kell beérniük, cserébe "
            "alacsonypadlós villamosok és akadálymentes megállók várják majd őket.",
            "body": [
                (
                    "paragraph",
                    "<p>2027 márciusában kezdődik a 28-as és a 37-es villamos pályájának átépítése – "
                    "jelentette be kedden a Városháza. A munkálatok a Blaha Lujza tér és az Új köztemető közötti, "
                    "nagyjából nyolc kilométeres szakaszt érintik, amelynek egyes részeit az 1970-es évek óta nem "
                    "újították fel alaposan.</p>",
                ),
                (
                    "paragraph",
                    "<p>A beruházás három ütemben, körülbelül tizennégy hónap alatt valósul meg. Az "
                    "éppen lezárt szakaszokon pótlóbuszok járnak a villamos útvonalán, a közlekedési központ "
                    "pedig csúcsidőben sűrítést ígér a Népszínház utcában, ahol a villamos a belső kerületek és "
                    "Kőbánya közötti legfontosabb összeköttetés.</p>",
                ),
                (
                    "image",
                    {
                        "colour": "#4a5a3c",
                        "label_en": "Worn tram rails set in cracked concrete on Népszínház utca",
                        "label_hu": "Kopott villamossínek töredezett betonban a Népszínház utcában",
                        "credit": "Budapest Post / Réka Simon",
                        "caption": "A Népszínház utcai pályaszakasz a fővárosi hálózat legkopottabbjai közé tartozik.",
                    },
                ),
                ("heading", {"text": "Miért most?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A közlekedési központ tájékoztatása szerint a vonal csaknem harmadán "
                    "lassújel van érvényben a kopott sínek és a megsüllyedt pályaágy miatt. A villamosok a "
                    "kereszteződésekben sokszor lépésben haladnak, a menetidő az elmúlt évtizedben mintegy hat "
                    "perccel nőtt. A 38 milliárd forintos költségvetés nagyobb részét uniós kohéziós forrásból "
                    "fedezik, a többit a főváros és az állam állja.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Nem egyszerűen síneket cserélünk. Úgy építjük át a megállókat, hogy egy "
                        "babakocsis szülő vagy egy kerekesszékes utas is segítség nélkül fel tudjon szállni.",
                        "attribution": "Rácz Katalin, a Budapesti Közlekedési Központ projektigazgatója",
                    },
                ),
                (
                    "table",
                    {
                        "caption": "A tervezett építési ütemek",
                        "columns": ["Ütem", "Szakasz", "Hossz (m)", "Lezárás"],
                        "rows": [
                            ["1", "Blaha Lujza tér – Orczy tér", "2300", "2027. március–július"],
                            ["2", "Orczy tér – Kőbánya alsó", "2900", "2027. július–december"],
                            ["3", "Kőbánya alsó – Új köztemető", "2800", "2028. január–május"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>A felújítás után a vonalon a város más részein már bevált alacsonypadlós "
                    "villamosok közlekednek majd, ezek váltják az évtizedek óta itt szolgáló, elöregedett "
                    "magaspadlós szerelvényeket. Mind a 27 megállót átépítik: magasított peronokat, "
                    "esőbeállókat és valós idejű utastájékoztató kijelzőket kapnak. A tervek szerint a vonal "
                    "mentén mintegy négyszáz fát ültetnek, a külső szakaszon pedig füvesített vágány épül.</p>",
                ),
                (
                    "paragraph",
                    "<p>A Népszínház utcai kereskedők óvatosak. „Amikor legutóbb felbontották az "
                    "utcát, egy egész nyárra elvesztettük a vevőink felét” – mondta Bodnár Ferenc, aki a Teleki "
                    "tér közelében vasboltot üzemeltet. A kerületi önkormányzat azt ígéri, hogy kérni fogja a "
                    "kivitelezőt: tartsa nyitva a járdákat, a leghangosabb munkákat pedig nyitvatartási időn "
                    "kívül végezze.</p>",
                ),
                (
                    "pull_quote",
                    {
                        "text": "Amikor legutóbb felbontották az utcát, egy egész nyárra elvesztettük a vevőink felét.",
                    },
                ),
                (
                    "fact_box",
                    {
                        "title": "A legfontosabb tudnivalók",
                        "items": [
                            "Hossz: nagyjából 8 km kétvágányú pálya",
                            "Költség: 38 milliárd forint",
                            "Időtartam: 14 hónap, három ütemben",
                            "27 megálló válik akadálymentessé",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "A következő lépések",
                        "text": "<p>A pótlóbuszok részletes menetrendjét februárban teszik közzé. Az új megállók "
                        "terveiről januárban két lakossági fórumon lehet véleményt mondani a VIII. és a X. "
                        'kerületben, illetve január 15-ig <a href="https://example.org/bkk/trams-28-37">online</a> '
                        "is.</p>",
                    },
                ),
            ],
        },
    },
    {
        "key": "danube-flood-defences",
        "section": "budapest",
        "original": "en",
        "days_ago": 1.5,
        "authors": ["zsofia-molnar", "eszter-varga"],
        "topics": ["danube", "climate", "city-hall"],
        "ai_generated": False,
        "hero": {
            "colour": "#23465e",
            "label_en": "Mobile flood barrier panels stacked on the Óbuda embankment",
            "label_hu": "Mobil árvízvédelmi falelemek az óbudai rakparton",
            "credit": "Budapest Post / Ádám Tóth",
        },
        "corrections": [
            {
                "days_ago": 0.9,
                "en": "An earlier version of this article gave the wrong length for the new mobile flood "
                "barrier in Óbuda. It is 1.2 kilometres, not 2.1 kilometres.",
                "hu": "A cikk korábbi változatában tévesen szerepelt az óbudai mobilgát hossza. A helyes adat "
                "1,2 kilométer, nem 2,1 kilométer.",
            }
        ],
        "en": {
            "title": "City to close the last gaps in Budapest's Danube flood defences before spring",
            "slug": "city-to-close-last-gaps-in-danube-flood-defences",
            "standfirst": "Works in Óbuda and on Csepel Island aim to protect thousands of homes from a flood "
            "like those of 2013 and 2024. Engineers say higher peaks are likely as the climate warms.",
            "body": [
                (
                    "paragraph",
                    "<p>Budapest will spend the winter closing the remaining weak points in its "
                    "Danube flood defences, the city's disaster-management office said on Monday. The largest "
                    "project is a 1.2-kilometre mobile barrier along the Óbuda embankment near Római-part, where "
                    "residents have for years relied on sandbags and temporary dykes whenever the river rises.</p>",
                ),
                (
                    "paragraph",
                    "<p>A second site, on the Csepel bank of the Ráckeve branch of the river, will get "
                    "a permanent earth levee with a footpath along its crest. Together, the two projects are "
                    "meant to protect around 4,000 homes that currently sit behind defences considered "
                    "inadequate for a flood on the scale of 2013, when the Danube peaked at 891 centimetres on "
                    "the gauge at Vigadó tér.</p>",
                ),
                ("heading", {"text": "Higher peaks expected", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Hydrologists warn that extreme floods are becoming more frequent in the upper "
                    "Danube basin. Heavy rain over the Alps and the Carpathians, sometimes combined with rapid "
                    "snowmelt, can send several flood waves into the river at once. The national water "
                    "directorate now designs defences for a flood level 30 centimetres higher than the one it "
                    "used a decade ago.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "The question is no longer whether a bigger flood will come, but whether we will "
                        "be ready when it does.",
                        "attribution": "Bence Orbán, hydrologist at the national water directorate",
                    },
                ),
                (
                    "paragraph",
                    "<p>The Óbuda barrier will consist of aluminium panels slotted between permanent "
                    "posts set into the ground. Most of the time, only a low concrete sill will be visible, so "
                    "the riverside cafés and boathouses remain easy to reach. When a flood warning is issued, "
                    "crews will be able to assemble the wall within 48 hours.</p>",
                ),
                ("heading", {"text": "Residents divided", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Not everyone is happy with the design. Some Római-part residents argue that "
                    "the barrier should run further back from the water so that it protects more houses, while "
                    "environmental groups have criticised plans to fell about 60 poplars along the route. The "
                    "city says it will plant three new trees for every one removed.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "At a glance",
                        "items": [
                            "Óbuda mobile barrier: 1.2 km",
                            "Csepel levee: 900 m",
                            "Homes protected: about 4,000",
                            "Target completion: March 2027",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "If the river rises this winter",
                        "text": "<p>Until the works are complete, the old temporary defences stay in place. "
                        "Residents of affected streets can check flood warnings and sandbag collection points on "
                        'the <a href="https://example.org/budapest/flood-alerts">city\'s disaster-management '
                        "page</a>.</p>",
                    },
                ),
            ],
        },
        "hu": {
            "title": "Tavaszig bezárják az utolsó réseket a budapesti dunai árvízvédelmi vonalon",
            "slug": "tavaszig-bezarjak-az-utolso-reseket-az-arvizvedelmi-vonalon",
            "standfirst": "Az óbudai és a csepeli munkálatok több ezer otthont védenének meg egy 2013-ashoz vagy "
            "2024-eshez hasonló áradás esetén. A szakemberek szerint a melegedő éghajlat miatt egyre "
            "magasabb tetőzésekre kell számítani.",
            "body": [
                (
                    "paragraph",
                    "<p>A főváros a télen pótolja a dunai árvízvédelem hátralévő gyenge pontjait – "
                    "közölte hétfőn a fővárosi katasztrófavédelmi iroda. A legnagyobb beruházás egy 1,2 "
                    "kilométeres mobilgát az óbudai rakparton, a Római-part közelében, ahol a lakók évek óta "
                    "homokzsákokra és ideiglenes gátakra hagyatkoznak, valahányszor megárad a folyó.</p>",
                ),
                (
                    "paragraph",
                    "<p>A másik helyszínen, a Ráckevei-Duna-ág csepeli partján állandó földgát épül, "
                    "a koronáján sétaúttal. A két projekt együtt mintegy négyezer lakást védene meg, amelyek ma "
                    "olyan védvonal mögött állnak, amely nem volna elég egy 2013-as méretű árvízzel szemben. "
                    "Akkor a Duna a Vigadó téri vízmércén 891 centiméteren tetőzött.</p>",
                ),
                ("heading", {"text": "Magasabb tetőzésekre kell készülni", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A hidrológusok szerint a Duna felső vízgyűjtőjén egyre gyakoribbak a "
                    "szélsőséges árvizek. Az Alpok és a Kárpátok fölött lezúduló heves esőzések – olykor gyors "
                    "hóolvadással párosulva – egyszerre több árhullámot is a folyóba juttathatnak. Az országos "
                    "vízügyi igazgatóság ezért ma már harminc centiméterrel magasabb mértékadó árvízszinttel "
                    "tervez, mint egy évtizeddel ezelőtt.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Már nem az a kérdés, hogy jön-e nagyobb árvíz, hanem az, hogy készen állunk-e, "
                        "amikor megérkezik.",
                        "attribution": "Orbán Bence, az országos vízügyi igazgatóság hidrológusa",
                    },
                ),
                (
                    "paragraph",
                    "<p>Az óbudai mobilgát alumíniumelemekből áll majd, amelyeket a talajba "
                    "süllyesztett, állandó oszlopok közé illesztenek. Az év nagy részében csak egy alacsony "
                    "betonküszöb látszik belőle, így a vízparti kávézók és csónakházak továbbra is könnyen "
                    "megközelíthetők. Árvízriasztás esetén a szakemberek 48 órán belül fel tudják állítani a "
                    "falat.</p>",
                ),
                ("heading", {"text": "Megosztott lakók", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Nem mindenki elégedett a tervvel. A Római-part egyes lakói szerint a gátat "
                    "beljebb, a víztől távolabb kellene megépíteni, hogy több házat védjen, a környezetvédő "
                    "szervezetek pedig a nyomvonal mentén kivágandó mintegy hatvan nyárfa miatt tiltakoznak. A "
                    "főváros azt ígéri, hogy minden kivágott fa helyett hármat ültet.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Röviden",
                        "items": [
                            "Óbudai mobilgát: 1,2 km",
                            "Csepeli földgát: 900 m",
                            "Védett lakások: mintegy 4000",
                            "Tervezett befejezés: 2027. március",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Ha a télen megárad a folyó",
                        "text": "<p>A munkálatok befejezéséig a régi, ideiglenes védművek maradnak a helyükön. Az "
                        'érintett utcák lakói a <a href="https://example.org/budapest/flood-alerts">fővárosi '
                        "katasztrófavédelem oldalán</a> tájékozódhatnak az árvízi riasztásokról és a "
                        "homokzsák-osztó pontokról.</p>",
                    },
                ),
            ],
        },
    },
    {
        "key": "jozsefvaros-housing-plan",
        "section": "budapest",
        "original": "hu",
        "days_ago": 6.0,
        "authors": ["eszter-varga"],
        "topics": ["housing", "city-hall"],
        "ai_generated": False,
        "hero": {
            "colour": "#5b3a29",
            "label_en": "The renovated courtyard of a 19th-century tenement block in District VIII",
            "label_hu": "Felújított gangos bérház udvara a VIII. kerületben",
            "credit": "Budapest Post / Réka Simon",
        },
        "corrections": [],
        "en": {
            "title": "District VIII plans to bring 600 empty council flats back into use",
            "slug": "district-viii-plans-to-renovate-600-empty-council-flats",
            "standfirst": "Józsefváros's five-year housing programme would let renovated flats at rents linked "
            "to income, with priority for young people, teachers and health workers.",
            "body": [
                (
                    "paragraph",
                    "<p>The council of Józsefváros, Budapest's District VIII, wants to bring 600 "
                    "uninhabitable municipal flats back into use over five years, under a housing programme "
                    "presented to councillors on Thursday. The district owns around 3,700 flats, and nearly one "
                    "in six stands empty, most of them because they cannot be let without major repairs.</p>",
                ),
                (
                    "paragraph",
                    "<p>The programme is expected to cost 14 billion forints. Part of the money "
                    "would come from selling district-owned property, the rest from city and EU grants. Work on "
                    "the first hundred flats could begin next spring, mainly in the Magdolna and Orczy "
                    "neighbourhoods.</p>",
                ),
                ("heading", {"text": "Rents linked to income", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The renovated flats would be allocated through open applications, and the "
                    "rent could not exceed 30 per cent of a tenant's household income. Priority would go to "
                    "people under 35 at the start of their careers, and to teachers, nurses and social workers "
                    "employed in the district. Leases would run for five years, with the option to renew.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "We cannot let our own flats crumble while they stand empty, when our teachers "
                        "and nurses cannot find an affordable place to rent in the district.",
                        "attribution": "Deputy mayor for housing, District VIII",
                    },
                ),
                (
                    "paragraph",
                    "<p>Private rents in Budapest have continued to climb over the past two years: "
                    "a 50-square-metre flat in the inner districts now often costs more than 260,000 forints a "
                    "month. Housing experts say that expanding the stock of council flats is one of the few "
                    "tools districts have to influence the market directly.</p>",
                ),
                (
                    "paragraph",
                    "<p>Opposition councillors welcomed the aim but questioned the financing. They "
                    "point out that the district's income from property sales varies widely from year to year "
                    "and that grant funding is never guaranteed. Councillors will vote on the programme in "
                    "December; the mayor's office has promised to publish a detailed financing plan before "
                    "then.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "The plan in numbers",
                        "items": [
                            "Flats to be renovated: 600",
                            "Estimated cost: 14 billion forints",
                            "Rent cap: 30% of household income",
                            "Lease length: 5 years, renewable",
                        ],
                    },
                ),
            ],
        },
        "hu": {
            "title": "Hatszáz üresen álló önkormányzati lakást újítana fel Józsefváros",
            "slug": "hatszaz-ures-onkormanyzati-lakast-ujitana-fel-jozsefvaros",
            "standfirst": "A VIII. kerület ötéves lakhatási programja szerint a felújított lakásokat "
            "jövedelemhez igazított bérleti díjjal adnák ki, elsősorban fiataloknak, pedagógusoknak és "
            "egészségügyi dolgozóknak.",
            "body": [
                (
                    "paragraph",
                    "<p>Öt év alatt hatszáz, jelenleg lakhatatlan önkormányzati lakást hozna rendbe "
                    "a józsefvárosi önkormányzat – erről szól az a lakhatási program, amelyet csütörtökön "
                    "mutattak be a kerület képviselő-testületének. A kerületnek ma mintegy 3700 lakása van, ezek "
                    "közel hatoda üresen áll, többségük azért, mert alapos felújítás nélkül nem adható ki.</p>",
                ),
                (
                    "paragraph",
                    "<p>A program költségét 14 milliárd forintra becsülik. A pénz egy részét a "
                    "kerület ingatlaneladásaiból, a többit fővárosi és uniós pályázatokból teremtenék elő. Az "
                    "első száz lakás felújítása jövő tavasszal kezdődhet el, elsősorban a Magdolna- és az "
                    "Orczy-negyedben.</p>",
                ),
                ("heading", {"text": "Jövedelemhez igazított lakbér", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A felújított lakásokat nyilvános pályázaton adnák bérbe, a lakbér pedig nem "
                    "haladhatná meg a bérlő háztartási jövedelmének harminc százalékát. Előnyt élveznének a "
                    "35 év alatti pályakezdők, valamint a kerületben dolgozó pedagógusok, ápolók és szociális "
                    "munkások. A bérleti szerződéseket öt évre kötnék, hosszabbítási lehetőséggel.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Nem engedhetjük, hogy a saját lakásaink üresen omladozzanak, miközben a "
                        "tanáraink és az ápolóink nem találnak megfizethető albérletet a kerületben.",
                        "attribution": "Józsefváros lakásügyekért felelős alpolgármestere",
                    },
                ),
                (
                    "paragraph",
                    "<p>A budapesti albérletpiacon az elmúlt két évben tovább emelkedtek az árak: "
                    "egy ötven négyzetméteres belső kerületi lakás havi bérleti díja ma gyakran meghaladja a "
                    "260 ezer forintot. Lakhatási szakértők szerint az önkormányzati bérlakásállomány bővítése "
                    "azon kevés eszköz egyike, amellyel a kerületek közvetlenül is hatni tudnak a piacra.</p>",
                ),
                (
                    "paragraph",
                    "<p>Az ellenzéki képviselők üdvözölték a célt, a finanszírozást azonban "
                    "bizonytalannak tartják. Rámutattak, hogy a kerület ingatlaneladásokból származó bevételei "
                    "évről évre erősen ingadoznak, a pályázati pénzekre pedig soha nincs garancia. A programról "
                    "decemberben szavaz a testület; a polgármesteri hivatal azt ígéri, hogy addig részletes "
                    "finanszírozási tervet tesz közzé.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "A program számokban",
                        "items": [
                            "Felújítandó lakások: 600",
                            "Becsült költség: 14 milliárd forint",
                            "Lakbérplafon: a háztartási jövedelem 30 százaléka",
                            "Szerződések időtartama: 5 év, meghosszabbítható",
                        ],
                    },
                ),
            ],
        },
    },
    {
        "key": "hunyadi-market-hall-reopens",
        "section": "budapest",
        "original": "hu",
        "days_ago": 12.0,
        "authors": ["eszter-varga"],
        "topics": ["heritage", "city-hall", "wine-and-food"],
        "ai_generated": False,
        "hero": {
            "colour": "#6b4226",
            "label_en": "The brick facade of the Hunyadi tér market hall",
            "label_hu": "A Hunyadi téri vásárcsarnok téglahomlokzata",
            "credit": "Budapest Post / Ádám Tóth",
        },
        "corrections": [],
        "en": None,
        "hu": {
            "title": "Két év után újranyit a Hunyadi téri vásárcsarnok, de a régi árusok fele nem tér vissza",
            "slug": "ujranyit-a-hunyadi-teri-vasarcsarnok",
            "standfirst": "Elkészült a terézvárosi csarnok felújítása, a bérleti díjak azonban jelentősen "
            "emelkedtek. Az önkormányzat szerint a kistermelőket kedvezményes standok várják.",
            "body": [
                (
                    "paragraph",
                    "<p>December első szombatján nyitja meg újra kapuit a VI. kerületi Hunyadi téri "
                    "vásárcsarnok, amely csaknem két évig zárva tartott. Az 1897-ben épült csarnokban kicserélték "
                    "a tetőszerkezetet, felújították a homlokzatot, a pincében pedig hűtőkamrákat és új "
                    "vizesblokkokat alakítottak ki. A munkálatok 4,2 milliárd forintba kerültek.</p>",
                ),
                (
                    "paragraph",
                    "<p>A felújítás előtt 46 árus bérelt helyet a csarnokban, közülük azonban csak "
                    "21 tér vissza. Többen a megemelkedett bérleti díjakra hivatkoznak: egy átlagos zöldséges "
                    "stand havi díja a korábbi nagyjából 90 ezer forintról 160 ezer forintra nő.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Harminc évig itt árultam a savanyúságot. Szívesen visszajönnék, de ennyi pénzt "
                        "egy kis stand nem termel ki.",
                        "attribution": "Tamás Ilona, a csarnok korábbi árusa",
                    },
                ),
                ("heading", {"text": "Kedvezmény a termelőknek", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Az önkormányzat szerint a díjemelés elkerülhetetlen volt, mert a korábbi "
                    "bérleti díjak még az üzemeltetés költségeit sem fedezték. A csarnok földszintjén ugyanakkor "
                    "tizenkét standot kizárólag őstermelőknek és kistermelőknek tartanak fenn: ők a piaci ár "
                    "feléért bérelhetnek helyet, ha igazolják, hogy saját termésüket árulják.</p>",
                ),
                (
                    "paragraph",
                    "<p>A galérián két bisztró és egy közösségi konyha kap helyet, ahol "
                    "főzőtanfolyamokat és iskolai foglalkozásokat tartanak majd. A szomszédos Hunyadi téren a "
                    "termelői piac a felújítás alatt is működött, és a tervek szerint szombatonként ezután is "
                    "lesznek árusok a szabad téren.</p>",
                ),
                (
                    "paragraph",
                    "<p>A környékbeliek vegyes érzésekkel várják a nyitást. „Örülök, hogy végre nem "
                    "ázik be a tető, de attól tartok, hogy a csarnok inkább a turistáknak szól majd, mint nekünk” "
                    "– mondta egy nyugdíjas lakó, aki negyven éve ide jár bevásárolni. A kerület szerint a "
                    "standok többségén továbbra is a hétköznapi bevásárlás lesz a fő profil: zöldség, gyümölcs, "
                    "hús, tejtermék és pékáru.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Röviden",
                        "items": [
                            "Nyitás: december első szombatja",
                            "A felújítás költsége: 4,2 milliárd forint",
                            "Visszatérő árusok: 21 a korábbi 46-ból",
                            "Termelői standok: 12, féláron",
                        ],
                    },
                ),
            ],
        },
    },
    {
        "key": "airport-rail-link-options",
        "section": "budapest",
        "original": "en",
        "days_ago": 20.0,
        "authors": ["eszter-varga"],
        "topics": ["public-transport", "rail"],
        "ai_generated": False,
        "hero": {
            "colour": "#2f3e46",
            "label_en": "An airport bus at Terminal 2 in the evening light",
            "label_hu": "Repülőtéri busz a 2-es terminálnál esti fényben",
            "credit": "Budapest Post / Ádám Tóth",
        },
        "corrections": [],
        "en": {
            "title": "Airport rail link: planners put three route options out to consultation",
            "slug": "airport-rail-link-three-route-options",
            "standfirst": "A direct train from the city centre to Liszt Ferenc Airport could be running by the "
            "mid-2030s. Each of the proposed routes comes with a different price tag and a different set of "
            "winners and losers.",
            "body": [
                (
                    "paragraph",
                    "<p>State rail planners have published three possible routes for a long-awaited "
                    "rail link between central Budapest and Liszt Ferenc International Airport, and opened a "
                    "public consultation that runs until the end of December. At present most passengers reach "
                    "the airport on the 100E express bus or by taxi, and the journey can take more than an hour "
                    "at peak times.</p>",
                ),
                (
                    "paragraph",
                    "<p>All three options would start from Nyugati station, but they differ in how "
                    "they leave the built-up area. The cheapest would upgrade an existing suburban line and add "
                    "a short spur to the terminals. The most expensive would run in a tunnel for much of its "
                    "length, avoiding residential neighbourhoods in Districts X and XVII.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "The three options compared",
                        "columns": [
                            "Option",
                            "Journey time (min)",
                            "Estimated cost (HUF bn)",
                            "New track (km)",
                        ],
                        "rows": [
                            ["A: upgrade of existing line", "31", "310", "7"],
                            ["B: new surface route", "26", "470", "15"],
                            ["C: partly in tunnel", "22", "720", "18"],
                        ],
                    },
                ),
                ("heading", {"text": "Who gains, who loses", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Option A would bring more trains through stations in Kőbánya and "
                    "Rákosliget, improving local services, but residents there are worried about noise and level "
                    "crossings. Option B would require buying land from dozens of property owners. Option C "
                    "would be the least disruptive but, at an estimated 720 billion forints, the hardest to "
                    "finance.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Almost every airport of this size in the region already has a rail connection "
                        "or is building one. The real question is which compromise Budapest is willing to live "
                        "with.",
                        "attribution": "Judit Halmos, transport economist",
                    },
                ),
                (
                    "paragraph",
                    "<p>Planners expect a final decision in 2027, followed by environmental "
                    "assessments and detailed design. Construction could begin in 2029 at the earliest. The "
                    "airport operator has said it will support any option that delivers a reliable service "
                    "every 15 minutes throughout the day.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "context",
                        "title": "Why it has taken so long",
                        "text": "<p>A rail link to the airport has been discussed for more than two decades. "
                        "Earlier plans were shelved because of their cost, disputes over the route and changes "
                        "in the airport's ownership. Comments can be submitted through the "
                        '<a href="https://example.org/airport-rail/consultation">consultation website</a>.</p>',
                    },
                ),
            ],
        },
        "hu": None,
    },
    # ------------------------------------------------------------------------------------------------
    # HUNGARY
    # ------------------------------------------------------------------------------------------------
    {
        "key": "tokaj-harvest-2026",
        "section": "hungary",
        "original": "hu",
        "days_ago": 9.0,
        "authors": ["gergely-nemes"],
        "topics": ["wine-and-food", "climate"],
        "ai_generated": False,
        "hero": {
            "colour": "#5c1a33",
            "label_en": "Pickers with baskets among late-autumn vines in Tokaj",
            "label_hu": "Szüretelők kosarakkal a késő őszi tokaji szőlősorok között",
            "credit": "Budapest Post / Balázs Vámos",
        },
        "corrections": [],
        "en": {
            "title": "Tokaj harvest ends with a small but exceptional crop of aszú grapes",
            "slug": "tokaj-harvest-small-but-exceptional-aszu",
            "standfirst": "Spring frost and summer drought cut yields sharply, but a warm, misty autumn "
            "favoured noble rot. Winemakers expect a small vintage of outstanding quality.",
            "body": [
                (
                    "paragraph",
                    "<p>The grape harvest in the Tokaj wine region ended last week, and winemakers "
                    "agree that the crop is small but unusually good. Preliminary figures from the local "
                    "growers' council suggest that about 30 per cent fewer grapes were picked than in an "
                    "average year. In some lower-lying vineyards, losses reached half the usual crop.</p>",
                ),
                (
                    "paragraph",
                    "<p>April frost damaged vines mainly in lower-lying vineyards, and a drought that "
                    "lasted from July to the end of August reduced the size of the bunches further. From "
                    "mid-September, however, warm days alternated with foggy mornings, creating ideal conditions "
                    "for noble rot, the fungus that shrivels the grapes and concentrates their sugar into the "
                    "prized aszú berries.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "I have been picking here for thirty years, and I have rarely seen aszú berries "
                        "this clean and healthy. There are just very few of them.",
                        "attribution": "Gizella Szabó, grower in Mád",
                    },
                ),
                ("heading", {"text": "Higher prices ahead", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The smaller harvest has already pushed up the prices paid for grapes. "
                    "Furmint fetched an average of 480 forints a kilogram, up from 350 last year, and some "
                    "buyers paid as much as 6,000 forints a kilogram for aszú berries. Winemakers say bottle "
                    "prices will rise too, but only in two or three years' time, when this year's aszú wines "
                    "reach the market.</p>",
                ),
                (
                    "paragraph",
                    "<p>Growers are also talking more and more about adaptation. Several estates are "
                    "experimenting with planting on higher, north-facing slopes, while others use mulch and drip "
                    "irrigation to get through increasingly dry summers. A few are also replanting old local varieties "
                    "that cope better with heat.</p>",
                ),
                (
                    "paragraph",
                    "<p>Tokaj is one of Europe's oldest delimited wine regions, and its sweet aszú "
                    "wines were once served at royal courts across the continent. Today vines cover around "
                    "5,000 hectares, planted mostly with the furmint and hárslevelű varieties, with smaller plots of yellow "
                    "muscat.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "The vintage in numbers",
                        "items": [
                            "Harvest: about 30% below average",
                            "Furmint grapes: 480 forints/kg on average",
                            "Aszú berries: up to 6,000 forints/kg",
                            "First aszú wines expected on the market in 2029",
                        ],
                    },
                ),
            ],
        },
        "hu": {
            "title": "Kevés, de kiváló aszú: véget ért a szüret Tokaj-Hegyalján",
            "slug": "veget-ert-a-szuret-tokaj-hegyaljan",
            "standfirst": "A tavaszi fagy és a nyári aszály megtizedelte a termést, a meleg, párás ősz viszont "
            "kedvezett az aszúsodásnak. A borászok szerint kis mennyiségű, de kiemelkedő évjárat születhet.",
            "body": [
                (
                    "paragraph",
                    "<p>A múlt héten befejeződött a szüret Tokaj-Hegyalján, és a borászok "
                    "egybehangzóan kevés, de rendkívül jó minőségű termésről számolnak be. A hegyközség előzetes "
                    "adatai szerint a borvidéken mintegy 30 százalékkal kevesebb szőlőt szüreteltek, mint egy "
                    "átlagos évben. Egyes mélyebben fekvő dűlőkben a veszteség a szokásos termés felét is "
                    "elérte.</p>",
                ),
                (
                    "paragraph",
                    "<p>Az áprilisi fagy elsősorban az alacsonyabban fekvő dűlőkben okozott kárt, "
                    "a júliustól augusztus végéig tartó aszály pedig tovább csökkentette a fürtök méretét. "
                    "Szeptember közepétől azonban meleg nappalok és ködös reggelek váltották egymást, ami "
                    "ideális feltételeket teremtett a nemesrothadáshoz, vagyis ahhoz a gombához, amely "
                    "összetöpörtíti a bogyókat, és bennük sűríti a cukrot – így születnek az értékes "
                    "aszúszemek.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Harminc éve szüretelek itt, de ilyen tiszta, egészséges aszúszemeket ritkán "
                        "láttam. Csak éppen nagyon kevés van belőlük.",
                        "attribution": "Szabó Gizella, mádi szőlősgazda",
                    },
                ),
                ("heading", {"text": "Drágulás várható", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A kisebb termés a felvásárlási árakban is megmutatkozott. A furmint "
                    "kilogrammjáért átlagosan 480 forintot fizettek a tavalyi 350 helyett, az aszúszemekért "
                    "pedig helyenként kilónként hatezer forintot is elkértek. A borászok szerint ez a palackos "
                    "borok árában is tükröződni fog, de csak két-három év múlva, amikor az idei aszúk piacra "
                    "kerülnek.</p>",
                ),
                (
                    "paragraph",
                    "<p>A termelők egyre többet beszélnek az alkalmazkodásról is. Több pincészet "
                    "magasabban fekvő, északi kitettségű dűlőkbe telepít, mások a talaj takarásával és "
                    "csepegtető öntözéssel próbálják átvészelni az egyre szárazabb nyarakat. Néhányan a hőséget jobban tűrő, régi "
                    "helyi fajtákat is újratelepítik.</p>",
                ),
                (
                    "paragraph",
                    "<p>Tokaj-Hegyalja Európa egyik legrégebbi zárt borvidéke, aszúborait egykor a "
                    "kontinens királyi udvaraiban is felszolgálták. Ma mintegy ötezer hektáron termesztenek "
                    "szőlőt, elsősorban furmintot és hárslevelűt, kisebb "
                    "területen sárgamuskotályt.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Az évjárat számokban",
                        "items": [
                            "Termés: mintegy 30 százalékkal az átlag alatt",
                            "Furmint: átlagosan 480 Ft/kg",
                            "Aszúszem: akár 6000 Ft/kg",
                            "Az első idei aszúk 2029-ben kerülhetnek piacra",
                        ],
                    },
                ),
            ],
        },
    },
    {
        "key": "pecs-heatwave-study",
        "section": "hungary",
        "original": "en",
        "days_ago": 14.0,
        "authors": ["zsofia-molnar"],
        "topics": ["health", "education", "climate"],
        "ai_generated": False,
        "hero": {
            "colour": "#3b3f6b",
            "label_en": "A researcher pipetting samples in a university laboratory in Pécs",
            "label_hu": "Kutató mintákat pipettáz egy pécsi egyetemi laboratóriumban",
            "credit": "Budapest Post / Balázs Vámos",
        },
        "corrections": [],
        "en": {
            "title": "Pécs university wins €8 million EU grant to study heatwaves and older people",
            "slug": "pecs-university-eu-grant-heatwaves-older-people",
            "standfirst": "A five-year project led by the University of Pécs medical school will follow 6,000 "
            "people over 65 in four countries to find out which simple measures best prevent heat-related "
            "illness.",
            "body": [
                (
                    "paragraph",
                    "<p>A research team at the University of Pécs medical school has won an "
                    "€8 million EU grant to study how heatwaves affect people over 65 and which practical "
                    "measures protect them best. The five-year project, announced on Wednesday, brings together "
                    "universities and public-health institutes from Hungary, Croatia, Italy and Greece.</p>",
                ),
                (
                    "paragraph",
                    "<p>The researchers will follow 6,000 older volunteers, half in cities and half "
                    "in villages, who will wear wristbands that measure heart rate, skin temperature and sleep. "
                    "Temperature sensors will also be installed in participants' homes, so that the team can "
                    "compare indoor conditions with their health during hot spells.</p>",
                ),
                ("heading", {"text": "A growing risk", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Southern Hungary, including Baranya county around Pécs, is among the warmest "
                    "parts of the country, and the number of days above 30°C has roughly doubled since the "
                    "1980s. Public-health data show a clear rise in hospital admissions and deaths among older "
                    "people during heatwaves, particularly among those who live alone.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "We know that heat kills. What we don't yet know well enough is which cheap, "
                        "everyday measures actually help an 80-year-old living alone in a village.",
                        "attribution": "Dr Anikó Kerekes, project leader, University of Pécs",
                    },
                ),
                (
                    "paragraph",
                    "<p>The study will test several interventions, from daily phone calls by "
                    "trained volunteers to reflective window film and shared cool rooms in community centres. "
                    "The local authorities of Pécs and three smaller towns in Baranya have agreed to take "
                    "part.</p>",
                ),
                (
                    "paragraph",
                    "<p>The grant is the largest the medical school has ever received from the EU's "
                    "research programme. The university says it will hire around 20 researchers, several of "
                    "them from abroad, and that the results will be made freely available to public-health "
                    "authorities across Europe.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Key facts",
                        "items": [
                            "Funding: €8 million over five years",
                            "Participants: 6,000 people over 65",
                            "Countries: Hungary, Croatia, Italy and Greece",
                            "Lead institution: University of Pécs Medical School",
                        ],
                    },
                ),
            ],
        },
        "hu": {
            "title": "Nyolcmillió eurós uniós támogatást nyert a pécsi egyetem a hőség és az idősek kutatására",
            "slug": "pecsi-egyetem-unios-tamogatas-hoseg-idosek",
            "standfirst": "A pécsi orvoskar vezette ötéves kutatás négy országban hatezer 65 év feletti embert "
            "követ majd, hogy kiderüljön, mely egyszerű intézkedések előzik meg leginkább a hőség okozta "
            "megbetegedéseket.",
            "body": [
                (
                    "paragraph",
                    "<p>Nyolcmillió eurós uniós támogatást nyert a Pécsi Tudományegyetem "
                    "orvostudományi karának kutatócsoportja annak vizsgálatára, hogyan hatnak a hőhullámok a "
                    "65 év felettiekre, és milyen gyakorlati lépésekkel védhetők meg a leghatékonyabban. A "
                    "szerdán bejelentett ötéves projektben magyar, horvát, olasz és görög egyetemek és "
                    "népegészségügyi intézetek vesznek részt.</p>",
                ),
                (
                    "paragraph",
                    "<p>A kutatók hatezer idős önkéntest követnek majd – felüket városban, felüket "
                    "falun –, akik szívritmust, bőrhőmérsékletet és alvást mérő karpántot viselnek. A résztvevők "
                    "otthonába hőmérséklet-érzékelőket is felszerelnek, így a csapat össze tudja vetni a lakások "
                    "belső hőmérsékletét az egészségi állapotukkal a kánikulai napokon.</p>",
                ),
                ("heading", {"text": "Növekvő kockázat", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Dél-Magyarország, köztük a Pécs környéki Baranya megye, az ország "
                    "legmelegebb vidékei közé tartozik: a 30 fok feletti napok száma az 1980-as évek óta "
                    "nagyjából megduplázódott. A népegészségügyi adatok szerint hőhullámok idején egyértelműen "
                    "nő az idősek kórházi felvételeinek és haláleseteinek száma, különösen az egyedül élők "
                    "körében.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Tudjuk, hogy a hőség öl. Azt viszont még nem tudjuk elég pontosan, melyek azok az "
                        "olcsó, hétköznapi megoldások, amelyek valóban segítenek egy falun egyedül élő "
                        "nyolcvanévesnek.",
                        "attribution": "dr. Kerekes Anikó, a kutatás vezetője, Pécsi Tudományegyetem",
                    },
                ),
                (
                    "paragraph",
                    "<p>A kutatás többféle beavatkozást is kipróbál: a képzett önkéntesek napi "
                    "telefonhívásaitól a hővisszaverő ablakfólián át a közösségi házakban kialakított, közösen "
                    "használható hűvös helyiségekig. A részvételt Pécs és három kisebb baranyai város "
                    "önkormányzata is vállalta.</p>",
                ),
                (
                    "paragraph",
                    "<p>Ez a legnagyobb összeg, amelyet az orvoskar valaha is elnyert az EU kutatási "
                    "keretprogramjából. Az egyetem mintegy húsz kutatót vesz fel, köztük több külföldit, az "
                    "eredményeket pedig ingyenesen hozzáférhetővé teszik az európai népegészségügyi hatóságok "
                    "számára.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "A legfontosabb tudnivalók",
                        "items": [
                            "Támogatás: 8 millió euró öt évre",
                            "Résztvevők: 6000, 65 év feletti ember",
                            "Országok: Magyarország, Horvátország, Olaszország és Görögország",
                            "Vezető intézmény: PTE Általános Orvostudományi Kar",
                        ],
                    },
                ),
            ],
        },
    },
    {
        "key": "debrecen-student-residence",
        "section": "hungary",
        "original": "hu",
        "days_ago": 3.0,
        "authors": ["gergely-nemes"],
        "topics": ["education", "housing"],
        "ai_generated": False,
        "hero": {
            "colour": "#4b5d3a",
            "label_en": "A new student residence under construction on the Debrecen campus",
            "label_hu": "Épülő új kollégium a debreceni egyetemi campuson",
            "credit": "Budapest Post / Balázs Vámos",
        },
        "corrections": [],
        "en": None,
        "hu": {
            "title": "Ezerférőhelyes kollégium épül Debrecenben, a helyhiány miatt sok diák ma ingázni kényszerül",
            "slug": "ezerferohelyes-kollegium-epul-debrecenben",
            "standfirst": "A Debreceni Egyetem új kollégiuma 2028 őszére készülhet el. Addig a hallgatók "
            "jelentős része drága albérletben vagy a környező településeken kénytelen lakni.",
            "body": [
                (
                    "paragraph",
                    "<p>Letették a Debreceni Egyetem új, ezerférőhelyes kollégiumának alapkövét a "
                    "Nagyerdő szélén, a fő campus közelében. Az épület 2028 szeptemberére készülhet el; a tervek "
                    "szerint egy- és kétágyas szobákat, közös konyhákat, tanulótermeket és fedett "
                    "kerékpártárolót is kialakítanak benne. Az épület mellé új buszmegálló és kerékpárút is "
                    "épül.</p>",
                ),
                (
                    "paragraph",
                    "<p>Az egyetemnek jelenleg mintegy 30 ezer hallgatója van, a kollégiumi "
                    "férőhelyek száma azonban alig haladja meg a hatezret. Idén ősszel közel kétezer "
                    "jelentkezőt kellett elutasítani. A város albérletpiacát az egyetemisták mellett az elmúlt "
                    "években érkezett ipari beruházások munkavállalói is terhelik, így a bérleti díjak gyorsan "
                    "emelkedtek.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Hajdúszoboszlóról járok be minden nap, mert Debrecenben nem találtam olyan "
                        "szobát, amelyet ki tudnék fizetni. Oda-vissza majdnem két óra az út.",
                        "attribution": "Kiss Boglárka, másodéves gyógyszerészhallgató",
                    },
                ),
                ("heading", {"text": "Mennyibe kerül majd?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Az egyetem tájékoztatása szerint a kollégiumi díj a szoba típusától függően "
                    "havi 45 és 70 ezer forint között lesz, ami jóval elmarad a városi albérletárakétól. A "
                    "szociálisan rászoruló hallgatók kedvezményt kaphatnak, a férőhelyek egy részét pedig a "
                    "külföldi diákoknak tartják fenn, akiknek száma az elmúlt évtizedben megduplázódott.</p>",
                ),
                (
                    "paragraph",
                    "<p>A beruházás 19 milliárd forintba kerül, amelyet állami forrásból és egyetemi "
                    "hitelből finanszíroznak. A hallgatói önkormányzat üdvözölte a döntést, de figyelmeztetett: "
                    "egyetlen új épület nem oldja meg a problémát. Szerintük a régi kollégiumok felújítására is "
                    "szükség van, mert több épületben ma is penészes szobák és elavult fürdők vannak.</p>",
                ),
                (
                    "paragraph",
                    "<p>Az egyetem vezetése azt ígéri, hogy a meglévő épületek korszerűsítését is "
                    "ütemezi: a következő három évben két régebbi kollégium energetikai felújítása kezdődhet "
                    "el, amennyiben a szükséges pályázati forrás rendelkezésre áll.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "context",
                        "title": "Háttér",
                        "text": "<p>A vidéki egyetemi városokban – Debrecenben, Szegeden és Pécsett is – az elmúlt "
                        "években jelentősen nőtt a kereslet a kollégiumi helyek iránt, részben a külföldi "
                        "hallgatók számának emelkedése miatt.</p>",
                    },
                ),
            ],
        },
    },
    {
        "key": "water-polo-world-cup-semi",
        "section": "hungary",
        "original": "hu",
        "days_ago": 0.8,
        "authors": ["gergely-nemes"],
        "topics": ["sport"],
        "ai_generated": False,
        "hero": {
            "colour": "#0f4c5c",
            "label_en": "Water polo players contesting the ball in front of a goal",
            "label_hu": "Vízilabdázók küzdenek a labdáért a kapu előtt",
            "credit": "Budapest Post / Balázs Vámos",
        },
        "corrections": [],
        "en": {
            "title": "Hungary edge Spain by one goal to reach the water polo World Cup final",
            "slug": "hungary-edge-spain-water-polo-world-cup-final",
            "standfirst": "The men's team beat Spain 11–10 in the semi-final at the Duna Aréna. They will face "
            "Serbia or Italy in Sunday's final.",
            "body": [
                (
                    "paragraph",
                    "<p>In front of a sell-out crowd at the Duna Aréna, Hungary's men's water polo "
                    "team beat Spain 11–10 on Saturday evening in a match that stayed tense until the final "
                    "seconds. The win takes them into Sunday's World Cup final, where they will meet the winner "
                    "of the semi-final between Serbia and Italy.</p>",
                ),
                (
                    "paragraph",
                    "<p>Hungary started well and led 3–2 after the first quarter, but Spain turned "
                    "the game around in the second, and the teams went into the half-time break level at 5–5. "
                    "Two power-play goals from Levente Balogh in the third quarter put Hungary back in front, "
                    "and they held on – just – until the end.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Score by quarter",
                        "columns": ["Quarter", "Hungary", "Spain"],
                        "rows": [
                            ["1st quarter", "3", "2"],
                            ["2nd quarter", "2", "3"],
                            ["3rd quarter", "3", "2"],
                            ["4th quarter", "3", "3"],
                            ["Final score", "11", "10"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>The hero of the night was goalkeeper Ákos Kertész, who made fourteen saves, "
                    "including a penalty in the middle of the final quarter. In the last minute Spain had a man "
                    "advantage and a chance to equalise, but their shot came back off the post.</p>",
                ),
                (
                    "paragraph",
                    "<p>Hungary converted four of their seven power plays, their best rate of the "
                    "tournament so far. Levente Balogh led the scorers with four goals, three other players "
                    "scored twice each and one scored once.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "We knew Spain would throw everything at us at the end. Tonight our defence won "
                        "the game, but tomorrow we have to be even better.",
                        "attribution": "Levente Balogh, Hungary captain",
                    },
                ),
                ("heading", {"text": "Final on Sunday", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Sunday's final starts at 6pm at the Duna Aréna. According to the national "
                    "federation, tickets sold out within a few hours, and the match will be shown live on public "
                    "television. For the team, the tournament is also an important rehearsal for next summer's "
                    "world championships in Budapest.</p>",
                ),
                (
                    "paragraph",
                    "<p>The other semi-final, between Serbia and Italy, was played late on Saturday "
                    "evening and was still under way when this article went to press. The two sides drew when "
                    "they met in the group stage earlier in the week.</p>",
                ),
            ],
        },
        "hu": {
            "title": "Egygólos győzelemmel jutott döntőbe a vízilabda-válogatott a Duna Arénában",
            "slug": "egygolos-gyozelemmel-dontoben-a-vizilabda-valogatott",
            "standfirst": "A magyar férfiválogatott 11–10-re legyőzte Spanyolországot a világkupa "
            "elődöntőjében. A vasárnapi fináléban Szerbia vagy Olaszország lesz az ellenfél.",
            "body": [
                (
                    "paragraph",
                    "<p>Telt ház előtt, az utolsó másodpercig izgalmas mérkőzésen győzte le 11–10-re "
                    "Spanyolországot a magyar férfi vízilabda-válogatott szombat este a Duna Arénában. A csapat "
                    "ezzel bejutott a világkupa vasárnapi döntőjébe, ahol a Szerbia–Olaszország elődöntő "
                    "győztesével találkozik.</p>",
                ),
                (
                    "paragraph",
                    "<p>A magyarok jól kezdtek, az első negyed után 3–2-re vezettek, a spanyolok "
                    "azonban a második játékrészben fordítottak, és a nagyszünetben 5–5 volt az állás. A "
                    "harmadik negyedben Balogh Levente két emberelőnyös góljával ismét a magyar csapat került "
                    "előnybe, és ezt – ha nehezen is – a lefújásig megőrizte.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Az eredmény negyedenként",
                        "columns": ["Negyed", "Magyarország", "Spanyolország"],
                        "rows": [
                            ["1. negyed", "3", "2"],
                            ["2. negyed", "2", "3"],
                            ["3. negyed", "3", "2"],
                            ["4. negyed", "3", "3"],
                            ["Végeredmény", "11", "10"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>A mérkőzés hőse Kertész Ákos kapus volt, aki tizennégy lövést hárított, "
                    "köztük egy ötméterest is az utolsó negyed közepén. Az utolsó percben a spanyolok "
                    "emberelőnyben egyenlíthettek volna, de a lövésük a kapufáról pattant vissza.</p>",
                ),
                (
                    "paragraph",
                    "<p>A magyar csapat hét emberelőnyéből négyet értékesített, ami a torna eddigi "
                    "legjobb mutatója. A góllövőlistát Balogh Levente vezette négy találattal, rajta kívül három "
                    "játékos kétszer, egy pedig egyszer volt eredményes.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Tudtuk, hogy a spanyolok a végén mindent egy lapra tesznek fel. Ma a védekezésünk "
                        "nyerte meg a meccset, de holnap még jobbnak kell lennünk.",
                        "attribution": "Balogh Levente, a válogatott csapatkapitánya",
                    },
                ),
                ("heading", {"text": "Vasárnap jön a döntő", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A vasárnapi döntő 18 órakor kezdődik a Duna Arénában. A szövetség "
                    "tájékoztatása szerint a jegyek néhány óra alatt elfogytak, a mérkőzést a közmédia élőben "
                    "közvetíti. A csapat számára a torna egyben fontos főpróba a jövő nyári, budapesti "
                    "világbajnokság előtt.</p>",
                ),
                (
                    "paragraph",
                    "<p>A másik elődöntőt, a Szerbia–Olaszország mérkőzést szombaton késő este "
                    "rendezték, lapzártánkkor még tartott. A két csapat a hét elején, a csoportkörben "
                    "döntetlent játszott egymással.</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    # EUROPE
    # ------------------------------------------------------------------------------------------------
    {
        "key": "eu-energy-council-grids",
        "section": "europe",
        "original": "en",
        "days_ago": 1.8,
        "authors": ["mate-szalai"],
        "topics": ["energy", "eu-policy"],
        "ai_generated": False,
        "hero": {
            "colour": "#2b4162",
            "label_en": "EU flags outside the Council building in Brussels",
            "label_hu": "Uniós zászlók a Tanács brüsszeli épülete előtt",
            "credit": "Budapest Post / Máté Szalai",
        },
        "corrections": [],
        "en": {
            "title": "EU energy ministers agree to fast-track cross-border power lines",
            "slug": "eu-energy-ministers-fast-track-cross-border-power-lines",
            "standfirst": "Ministers meeting in Brussels backed shorter permit deadlines and a new way of "
            "sharing the cost of grid projects between countries. Hungary won easier payment terms for "
            "smaller economies.",
            "body": [
                (
                    "paragraph",
                    "<p>EU energy ministers on Monday agreed a common position on rules meant to "
                    "speed up the construction of electricity lines between member states, a step the European "
                    "Commission says is essential to bring down power prices and connect more wind and solar "
                    "energy to the grid. The text now goes to negotiations with the European Parliament.</p>",
                ),
                (
                    "paragraph",
                    "<p>Under the agreed position, national authorities would have to decide on "
                    "permits for cross-border transmission projects within two years, compared with an average "
                    "of more than five today. Projects designated as being of common European interest would be "
                    "presumed to serve an overriding public interest, narrowing the grounds on which they can "
                    "be challenged.</p>",
                ),
                ("heading", {"text": "Who pays", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The most contested part of the proposal concerns costs. Countries that gain "
                    "most from a new interconnector – through lower prices or greater security of supply, for "
                    "example – would contribute to building it even if the line does not cross their territory. "
                    "Several central European governments, including Hungary's, argued that the formula would "
                    "place an unfair burden on smaller economies, and a clause was added allowing payments to be "
                    "spread over a longer period.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Europe cannot build a single market for clean electricity with a grid that still "
                        "stops at national borders.",
                        "attribution": "EU energy commissioner",
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Cross-border transmission capacity on selected Hungarian borders (MW)",
                        "columns": ["Border", "Today", "Planned by 2032"],
                        "rows": [
                            ["Hungary–Slovakia", "2000", "3300"],
                            ["Hungary–Austria", "1600", "2200"],
                            ["Hungary–Romania", "1400", "2100"],
                            ["Hungary–Croatia", "1200", "1800"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Hungary, which imports roughly a quarter of its electricity, sees stronger "
                    "links with its neighbours as key to keeping prices stable. A ministry spokesperson in "
                    "Budapest said the compromise “protects the interests of smaller member states” while "
                    "leaving the overall goal intact.</p>",
                ),
                (
                    "paragraph",
                    "<p>Environmental groups welcomed faster permitting but warned that it must not "
                    "come at the expense of nature protection. Industry associations said the deal did not go "
                    "far enough, pointing out that grid investment needs across the EU are estimated at several "
                    "hundred billion euros by 2040.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "What happens next",
                        "text": "<p>Talks between the Council and the European Parliament are expected to start in "
                        "January. If a deal is reached by the spring, the new rules could apply from 2028.</p>",
                    },
                ),
            ],
        },
        "hu": {
            "title": "Gyorsabban épülhetnek a határokon átnyúló távvezetékek – megegyeztek az uniós miniszterek",
            "slug": "gyorsabban-epulhetnek-a-hatarokon-atnyulo-tavvezetekek",
            "standfirst": "A Brüsszelben ülésező miniszterek rövidebb engedélyezési határidőket és a hálózati "
            "beruházások költségeinek új, országok közötti megosztását támogatták. Magyarország kedvezőbb "
            "fizetési feltételeket ért el a kisebb gazdaságok számára.",
            "body": [
                (
                    "paragraph",
                    "<p>Közös álláspontot fogadtak el hétfőn az uniós energiaügyi miniszterek azokról "
                    "a szabályokról, amelyek a tagállamok közötti villamosenergia-vezetékek építését "
                    "gyorsítanák fel. Az Európai Bizottság szerint erre az áramárak csökkentéséhez és ahhoz van "
                    "szükség, hogy több szél- és napenergia kerülhessen a hálózatba. A szöveg most az Európai "
                    "Parlamenttel folytatott tárgyalások elé kerül.</p>",
                ),
                (
                    "paragraph",
                    "<p>Az elfogadott álláspont szerint a nemzeti hatóságoknak két éven belül "
                    "dönteniük kellene a határokon átnyúló átviteli projektek engedélyeiről – ma ez átlagosan "
                    "több mint öt évig tart. A közös európai érdekű projektekről vélelmezni kellene, hogy "
                    "kiemelkedő közérdeket szolgálnak, ami szűkíti a megtámadásuk lehetőségét.</p>",
                ),
                ("heading", {"text": "Ki fizet?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A javaslat legvitatottabb része a költségek megosztása. Azok az országok, "
                    "amelyek a legtöbbet nyerik egy új összeköttetésen – például alacsonyabb árak vagy nagyobb "
                    "ellátásbiztonság révén –, akkor is hozzájárulnának az építéshez, ha a vezeték nem az ő "
                    "területükön halad át. Több közép-európai kormány, köztük a magyar is, azzal érvelt, hogy a "
                    "képlet aránytalan terhet róna a kisebb gazdaságokra; végül olyan záradék került a "
                    "szövegbe, amely hosszabb időre teszi lehetővé a befizetések elosztását.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Európa nem építhet egységes piacot a tiszta villamos energiának egy olyan "
                        "hálózattal, amely még mindig megáll az országhatároknál.",
                        "attribution": "az EU energiaügyi biztosa",
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Határkeresztező átviteli kapacitás egyes magyar határszakaszokon (MW)",
                        "columns": ["Határszakasz", "Jelenleg", "2032-ig tervezett"],
                        "rows": [
                            ["Magyarország–Szlovákia", "2000", "3300"],
                            ["Magyarország–Ausztria", "1600", "2200"],
                            ["Magyarország–Románia", "1400", "2100"],
                            ["Magyarország–Horvátország", "1200", "1800"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Magyarország villamosenergia-igényének nagyjából negyedét importból fedezi, "
                    "ezért a szomszédos országokkal való erősebb összeköttetést kulcsfontosságúnak tartja az "
                    "árak stabilan tartásához. A szaktárca szóvivője szerint a kompromisszum „védi a kisebb "
                    "tagállamok érdekeit”, miközben az eredeti célkitűzés sem sérül.</p>",
                ),
                (
                    "paragraph",
                    "<p>A környezetvédő szervezetek üdvözölték a gyorsabb engedélyezést, de arra "
                    "figyelmeztettek, hogy az nem mehet a természetvédelem rovására. Az iparági szövetségek "
                    "szerint viszont a megállapodás nem elég bátor, hiszen az uniós hálózatfejlesztési igényt "
                    "2040-ig több száz milliárd euróra becsülik.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "A következő lépések",
                        "text": "<p>A Tanács és az Európai Parlament közötti tárgyalások várhatóan januárban "
                        "kezdődnek. Ha tavaszig megszületik a megállapodás, az új szabályok 2028-tól "
                        "alkalmazandók lehetnek.</p>",
                    },
                ),
            ],
        },
    },
    {
        "key": "night-trains-expand",
        "section": "europe",
        "original": "en",
        "days_ago": 16.0,
        "authors": ["mate-szalai"],
        "topics": ["rail", "public-transport", "eu-policy", "climate"],
        "ai_generated": False,
        "hero": {
            "colour": "#1b2a41",
            "label_en": "A night train sleeping car at Budapest Keleti station",
            "label_hu": "Hálókocsi a budapesti Keleti pályaudvaron",
            "credit": "Budapest Post / Ádám Tóth",
        },
        "corrections": [],
        "en": {
            "title": "Night trains expand across Europe, but operators say costs are holding them back",
            "slug": "night-trains-expand-across-europe-costs",
            "standfirst": "Three new overnight routes, including one from Budapest to Brussels, are planned for "
            "next year's timetable. Operators warn that high track charges and a shortage of sleeping cars "
            "could slow the revival.",
            "body": [
                (
                    "paragraph",
                    "<p>European rail operators plan to launch three new overnight routes when the "
                    "December 2027 timetable takes effect, including a direct sleeper service between Budapest "
                    "and Brussels via Vienna and Munich, according to plans presented at a rail industry "
                    "conference in Vienna this week.</p>",
                ),
                (
                    "paragraph",
                    "<p>The Budapest–Brussels train would leave Keleti station in the early evening "
                    "and reach Brussels the next morning, a journey of about 16 hours. Operators say demand on "
                    "existing night routes out of Budapest has recovered strongly, with occupancy above "
                    "80 per cent in the summer months.</p>",
                ),
                ("heading", {"text": "The cost problem", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Despite growing interest, night trains remain hard to run at a profit. Track "
                    "access charges – the fees operators pay infrastructure managers to use the rails – vary "
                    "widely between countries and are usually calculated per kilometre, which penalises "
                    "long-distance services. A sleeper crossing five countries pays five different sets of "
                    "fees.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "A night train carries far fewer passengers than a daytime train of the same "
                        "length, yet it pays just as much to use the track. That is the heart of the problem.",
                        "attribution": "Claudia Reiter, chief executive of a private sleeper operator",
                    },
                ),
                (
                    "paragraph",
                    "<p>Rolling stock is the second bottleneck. Only a handful of manufacturers build "
                    "sleeping cars, and delivery times stretch to several years. Some operators are refurbishing "
                    "carriages more than 40 years old to fill the gap.</p>",
                ),
                (
                    "paragraph",
                    "<p>The European Commission wants high-speed rail traffic to double by 2030 and "
                    "triple by 2050, and it has encouraged member states to lower access charges for "
                    "international services. Some countries already offer discounts for such trains; rail "
                    "experts in Budapest say Hungary could follow their example.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Planned new routes",
                        "items": [
                            "Budapest – Vienna – Munich – Brussels",
                            "Prague – Berlin – Copenhagen",
                            "Vienna – Ljubljana – Rome",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Booking tips",
                        "text": "<p>Sleeper and couchette tickets usually go on sale about six months before "
                        "travel. It pays to book early: the cheapest couchette berths on popular dates sell out "
                        "weeks in advance, and private compartments cost considerably more.</p>",
                    },
                ),
            ],
        },
        "hu": {
            "title": "Bővül Európa éjszakai vonathálózata, de az üzemeltetők szerint a költségek visszafogják",
            "slug": "bovul-europa-ejszakai-vonathalozata",
            "standfirst": "A jövő évi menetrendben három új éjszakai járat indulhat, köztük egy Budapest és "
            "Brüsszel között. Az üzemeltetők szerint a magas pályahasználati díjak és a hálókocsihiány "
            "lassíthatja a fellendülést.",
            "body": [
                (
                    "paragraph",
                    "<p>A 2027. decemberi menetrendváltással három új éjszakai járatot indítanának "
                    "az európai vasúttársaságok, köztük egy közvetlen hálókocsis vonatot Budapest és Brüsszel "
                    "között, Bécsen és Münchenen át – derül ki az e heti bécsi vasúti szakmai konferencián "
                    "bemutatott tervekből.</p>",
                ),
                (
                    "paragraph",
                    "<p>A Budapest–Brüsszel vonat kora este indulna a Keleti pályaudvarról, és "
                    "másnap reggel érkezne Brüsszelbe; a menetidő nagyjából 16 óra. Az üzemeltetők szerint a "
                    "Budapestről induló meglévő éjszakai járatokon erőteljesen nőtt a kereslet: a nyári "
                    "hónapokban a kihasználtság meghaladta a 80 százalékot.</p>",
                ),
                ("heading", {"text": "A költségekkel van a baj", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Az élénkülő érdeklődés ellenére az éjszakai vonatokat továbbra is nehéz "
                    "nyereségesen üzemeltetni. A pályahasználati díjak – amelyeket a vasúttársaságok a síneket "
                    "kezelő pályavasútnak fizetnek – országonként nagyon eltérőek, és jellemzően kilométer "
                    "alapján számolják őket, ami a hosszú távú járatokat sújtja. Egy öt országon áthaladó "
                    "hálókocsis vonat ötféle díjat fizet.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Egy éjszakai vonat jóval kevesebb utast szállít, mint egy ugyanilyen hosszú "
                        "nappali szerelvény, a pályahasználatért mégis ugyanannyit fizet. Ez a probléma lényege.",
                        "attribution": "Claudia Reiter, egy magán hálókocsi-üzemeltető vezérigazgatója",
                    },
                ),
                (
                    "paragraph",
                    "<p>A másik szűk keresztmetszet a járműpark. Csak néhány gyártó készít "
                    "hálókocsikat, a szállítási határidők több évre nyúlnak. A hiányt egyes üzemeltetők "
                    "negyvenévesnél is idősebb kocsik felújításával próbálják pótolni.</p>",
                ),
                (
                    "paragraph",
                    "<p>Az Európai Bizottság célja, hogy a nagysebességű vasúti forgalom 2030-ra "
                    "megduplázódjon, 2050-re pedig megháromszorozódjon, és arra biztatja a tagállamokat, hogy "
                    "csökkentsék a nemzetközi járatok pályahasználati díjait. Néhány ország már most is "
                    "kedvezményt ad az ilyen vonatoknak; budapesti vasúti szakértők szerint Magyarország is "
                    "követhetné a példájukat.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Tervezett új járatok",
                        "items": [
                            "Budapest – Bécs – München – Brüsszel",
                            "Prága – Berlin – Koppenhága",
                            "Bécs – Ljubljana – Róma",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Tippek a foglaláshoz",
                        "text": "<p>A hálókocsi- és fekvőhelyjegyek általában nagyjából fél évvel az utazás előtt "
                        "kerülnek forgalomba. Érdemes korán foglalni: a népszerű időpontokra a legolcsóbb "
                        "fekvőhelyek hetekkel korábban elfogynak, a külön fülkék pedig jóval drágábbak.</p>",
                    },
                ),
            ],
        },
    },
    {
        "key": "danube-low-water-warning",
        "section": "europe",
        "original": "en",
        "days_ago": 27.0,
        "authors": ["zsofia-molnar"],
        "topics": ["danube", "climate", "eu-policy"],
        "ai_generated": False,
        "hero": {
            "colour": "#3d5a6c",
            "label_en": "Exposed sandbanks on the Danube near Mohács during low water",
            "label_hu": "Kilátszó homokpadok a Dunán Mohácsnál, alacsony vízállásnál",
            "credit": "Budapest Post / Balázs Vámos",
        },
        "corrections": [],
        "en": {
            "title": "Danube countries launch a shared warning system for low water levels",
            "slug": "danube-countries-shared-low-water-warning-system",
            "standfirst": "Ten states along the river will pool gauge data and forecasts so that shipping "
            "companies, farmers and power plants can prepare earlier for droughts.",
            "body": [
                (
                    "paragraph",
                    "<p>Countries along the Danube have agreed to share real-time water-level data and "
                    "joint forecasts through a single warning system designed to give earlier notice of drought "
                    "on the river. The system, launched at a meeting of the international commission that "
                    "manages the river basin, will combine readings from more than 400 gauging stations between "
                    "Germany and the Black Sea.</p>",
                ),
                (
                    "paragraph",
                    "<p>Low water has become a recurring problem on the Danube in late summer and "
                    "autumn. In several recent years, cargo ships have had to sail with as little as a third of "
                    "their normal load on stretches in Hungary, Serbia and Romania, and some river cruises have "
                    "had to put their passengers on coaches instead.</p>",
                ),
                ("heading", {"text": "Who will use the forecasts", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The forecasts, published daily, will look up to 30 days ahead. Shipping "
                    "companies will be able to plan their loads, farmers can schedule irrigation, and power "
                    "stations that draw cooling water from the river – including the nuclear plant at Paks – "
                    "will get earlier warning when water levels and temperatures approach critical limits.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Droughts don't stop at borders. A forecast that ends at the Austrian–Hungarian "
                        "border is only half a forecast.",
                        "attribution": "Márton Tihanyi, hydrologist involved in the project",
                    },
                ),
                (
                    "paragraph",
                    "<p>The project cost around €12 million and was largely funded through the EU's "
                    "programme for the Danube region. Hungary's water directorate, which already publishes "
                    "forecasts for the Hungarian stretch of the river, will host one of the system's two data "
                    "centres.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "The Danube in numbers",
                        "items": [
                            "Length: about 2,850 km",
                            "Countries in the river basin: 19",
                            "Countries in the warning system: 10",
                            "Gauging stations connected: more than 400",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Environmental groups welcomed the system but said forecasting alone would not "
                    "solve the problem. They are calling for the restoration of floodplains and side channels, "
                    "which store water in wet periods and release it slowly during dry ones.</p>",
                ),
            ],
        },
        "hu": None,
    },
    # ------------------------------------------------------------------------------------------------
    # WORLD
    # ------------------------------------------------------------------------------------------------
    {
        "key": "climate-conference-antalya",
        "section": "world",
        "original": "en",
        "days_ago": 4.0,
        "authors": ["zsofia-molnar", "oliver-brennan"],
        "topics": ["climate", "energy"],
        "ai_generated": False,
        "hero": {
            "colour": "#1e3d33",
            "label_en": "Delegates crossing a hall at the climate conference venue",
            "label_hu": "Küldöttek a klímakonferencia helyszínének csarnokában",
            "credit": "Budapest Post / Oliver Brennan",
        },
        "corrections": [],
        "en": {
            "title": "Climate talks end with a deal on adaptation but no new pledge on fossil fuels",
            "slug": "climate-talks-end-adaptation-deal-no-fossil-fuel-pledge",
            "standfirst": "Negotiators in Antalya agreed how to track whether money for adapting to climate "
            "change reaches vulnerable countries. A push for a timetable to move away from fossil fuels failed "
            "to win consensus.",
            "body": [
                (
                    "paragraph",
                    "<p>The UN climate conference in Antalya ended on Saturday, a day later than "
                    "scheduled, with an agreement on how to measure progress in helping vulnerable countries "
                    "adapt to rising temperatures. But a proposal backed by more than 80 countries to set a "
                    "timetable for moving away from coal, oil and gas was dropped from the final text after "
                    "objections from several major producers.</p>",
                ),
                (
                    "paragraph",
                    "<p>The adaptation deal sets out a list of indicators – from the share of people "
                    "covered by early-warning systems to the area of farmland protected against drought – on "
                    "which countries will report every two years. Developing countries had pressed for the "
                    "indicators to be tied to specific funding commitments, a demand that was only partly "
                    "met.</p>",
                ),
                (
                    "image",
                    {
                        "colour": "#3c6e71",
                        "label_en": "Campaigners holding a banner outside the conference centre",
                        "label_hu": "Aktivisták transzparenssel a konferenciaközpont előtt",
                        "credit": "Budapest Post / Oliver Brennan",
                        "caption": "Campaigners gathered outside the venue on the final day of the talks.",
                    },
                ),
                ("heading", {"text": "Fossil fuels off the table", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The failure to agree a fossil-fuel roadmap disappointed the EU and a "
                    "coalition of small island states. European negotiators said they would keep working on the "
                    "issue with like-minded countries outside the formal UN process. Hungary was represented by "
                    "a delegation from the energy ministry, which backed the EU's common position throughout "
                    "the talks.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "We leave with something concrete for people who already live with floods and "
                        "droughts. We do not leave with what the science tells us is needed.",
                        "attribution": "Chief negotiator for a group of small island states",
                    },
                ),
                (
                    "paragraph",
                    "<p>Scientists attending the conference pointed out that global emissions have "
                    "yet to start falling decisively. According to figures presented during the talks, 2026 is "
                    "on course to be one of the three warmest years on record. Several delegations also called for "
                    "faster progress on support for countries already suffering loss and damage from extreme "
                    "weather.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Key outcomes",
                        "items": [
                            "Agreed: indicators to track progress on adaptation",
                            "Agreed: reporting every two years",
                            "Not agreed: a timetable for moving away from fossil fuels",
                            "Next conference: November 2027",
                        ],
                    },
                ),
            ],
        },
        "hu": {
            "title": "Klímacsúcs: megállapodás az alkalmazkodásról, de nincs új vállalás a fosszilis energiáról",
            "slug": "klimacsucs-megallapodas-alkalmazkodas-fosszilis-energia",
            "standfirst": "Az antalyai tárgyalásokon megállapodtak arról, hogyan kövessék nyomon, hogy az "
            "alkalmazkodásra szánt pénz eljut-e a legkiszolgáltatottabb országokba. A fosszilis "
            "energiahordozók kivezetésének ütemtervéről nem született konszenzus.",
            "body": [
                (
                    "paragraph",
                    "<p>Az eredetileg tervezettnél egy nappal később, szombaton ért véget az ENSZ "
                    "antalyai klímakonferenciája. A résztvevők megállapodtak arról, hogyan mérik, mennyit "
                    "haladnak a kiszolgáltatott országok a melegedő éghajlathoz való alkalmazkodásban. A szén, "
                    "a kőolaj és a földgáz kivezetésének ütemtervére vonatkozó javaslat viszont – amelyet több "
                    "mint nyolcvan ország támogatott – néhány nagy kitermelő ország ellenkezése miatt kimaradt "
                    "a záródokumentumból.</p>",
                ),
                (
                    "paragraph",
                    "<p>Az alkalmazkodási megállapodás mutatók egész sorát rögzíti – a korai "
                    "előrejelző rendszerek által elért lakosság arányától az aszály ellen védett termőterületig "
                    "–, amelyekről az országoknak kétévente kell beszámolniuk. A fejlődő országok azt szerették "
                    "volna, ha a mutatókat konkrét pénzügyi vállalásokhoz kötik, ez a követelésük azonban csak "
                    "részben teljesült.</p>",
                ),
                (
                    "image",
                    {
                        "colour": "#3c6e71",
                        "label_en": "Campaigners holding a banner outside the conference centre",
                        "label_hu": "Aktivisták transzparenssel a konferenciaközpont előtt",
                        "credit": "Budapest Post / Oliver Brennan",
                        "caption": "A tárgyalások utolsó napján aktivisták gyűltek össze a helyszín előtt.",
                    },
                ),
                ("heading", {"text": "Lekerült a napirendről a fosszilis energia", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A fosszilis energiahordozókról szóló ütemterv kudarca csalódást okozott az "
                    "Európai Uniónak és a kis szigetországok koalíciójának. Az uniós tárgyalók jelezték, hogy a "
                    "kérdésen a hivatalos ENSZ-folyamaton kívül, a hasonlóan gondolkodó országokkal együtt "
                    "dolgoznak tovább. Magyarországot az energiaügyi minisztérium delegációja képviselte, amely "
                    "a tárgyalások során végig az uniós közös álláspontot támogatta.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Kézzelfogható eredménnyel távozunk azok számára, akik már most is árvizekkel és "
                        "aszályokkal élnek együtt. Azzal viszont nem, amire a tudomány szerint szükség volna.",
                        "attribution": "a kis szigetországok egyik csoportjának vezető tárgyalója",
                    },
                ),
                (
                    "paragraph",
                    "<p>A konferencián részt vevő kutatók rámutattak, hogy a globális kibocsátás még "
                    "mindig nem kezdett határozott csökkenésbe. A tárgyalásokon bemutatott adatok szerint 2026 "
                    "jó eséllyel a mérések kezdete óta feljegyzett három legmelegebb év egyike lesz. Több delegáció azt is "
                    "sürgette, hogy gyorsuljon a szélsőséges időjárás okozta veszteségeket és károkat már most "
                    "elszenvedő országok támogatása.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "A legfontosabb eredmények",
                        "items": [
                            "Elfogadva: mutatók az alkalmazkodás nyomon követésére",
                            "Elfogadva: kétévenkénti beszámolás",
                            "Nincs megállapodás: a fosszilis energiahordozók kivezetésének ütemterve",
                            "Következő konferencia: 2027 novembere",
                        ],
                    },
                ),
            ],
        },
    },
    {
        "key": "high-seas-treaty-first-meeting",
        "section": "world",
        "original": "en",
        "days_ago": 33.0,
        "authors": ["oliver-brennan"],
        "topics": ["climate"],
        "ai_generated": False,
        "hero": {
            "colour": "#0b3954",
            "label_en": "A research vessel on the open ocean under grey skies",
            "label_hu": "Kutatóhajó a nyílt óceánon, borús égbolt alatt",
            "credit": "Budapest Post / Oliver Brennan",
        },
        "corrections": [],
        "en": {
            "title": "High seas treaty members hold first meeting and agree rules for new marine reserves",
            "slug": "high-seas-treaty-first-meeting-marine-reserves",
            "standfirst": "Countries that have ratified the UN agreement on ocean life beyond national borders "
            "met for the first time. The first protected areas in international waters could be designated "
            "within two years.",
            "body": [
                (
                    "paragraph",
                    "<p>Governments that have ratified the UN treaty on biodiversity beyond national "
                    "jurisdiction – widely known as the high seas treaty – held their first formal meeting this "
                    "week and agreed how marine protected areas in international waters can be proposed. The "
                    "high seas cover almost two-thirds of the world's ocean, but until the treaty there was no "
                    "legal mechanism to protect them as a whole.</p>",
                ),
                (
                    "paragraph",
                    "<p>Under the rules adopted, any member country can propose a protected area, "
                    "backed by scientific evidence. Proposals will be reviewed by a scientific body before being "
                    "put to the parties. Decisions will normally be taken by consensus, but a vote by a "
                    "three-quarters majority will be possible if consensus cannot be reached.</p>",
                ),
                ("heading", {"text": "Candidates already on the table", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Conservation groups have already drawn up a list of candidate areas, "
                    "including underwater mountain ranges in the South Pacific and whale feeding grounds in the "
                    "Indian Ocean. Scientists say that protecting at least 30 per cent of the ocean by 2030, a "
                    "goal endorsed by most governments, is impossible without covering large parts of the high "
                    "seas.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "For the first time, the open ocean is not a legal vacuum. Now the hard part "
                        "begins: turning lines on a map into real protection.",
                        "attribution": "Helena Costa, marine biologist and observer at the meeting",
                    },
                ),
                (
                    "paragraph",
                    "<p>Questions remain about enforcement. Patrolling remote waters is expensive, "
                    "and the treaty relies on individual states to control the vessels that fly their flags. "
                    "Several large fishing nations have not yet ratified the agreement.</p>",
                ),
                (
                    "paragraph",
                    "<p>Landlocked countries, including several in central Europe, have also signed "
                    "up, arguing that the health of the ocean affects everyone: it absorbs a large share of the "
                    "heat and carbon dioxide produced by human activity and shapes weather patterns far "
                    "inland.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Key facts",
                        "items": [
                            "High seas: almost two-thirds of the world's ocean",
                            "Treaty adopted: June 2023",
                            "Entered into force: January 2026",
                            "Protected areas: can be approved by a three-quarters majority",
                        ],
                    },
                ),
            ],
        },
        "hu": None,
    },
    {
        "key": "antarctic-ice-core-expedition",
        "section": "world",
        "original": "hu",
        "days_ago": 38.0,
        "authors": ["zsofia-molnar"],
        "topics": ["climate"],
        "ai_generated": False,
        "hero": {
            "colour": "#5d7b93",
            "label_en": "Researchers drilling an ice core on the Antarctic plateau",
            "label_hu": "Kutatók jégmagot fúrnak az antarktiszi fennsíkon",
            "credit": "Budapest Post / Zsófia Molnár",
        },
        "corrections": [],
        "en": None,
        "hu": {
            "title": "Magyar kutatók is részt vesznek egy nemzetközi antarktiszi jégfúrási expedícióban",
            "slug": "magyar-kutatok-antarktiszi-jegfurasi-expedicio",
            "standfirst": "Két budapesti geokémikus négy hónapot tölt a Déli-sarkvidéken. A jégmagokból a "
            "több százezer évvel ezelőtti éghajlatra következtetnek.",
            "body": [
                (
                    "paragraph",
                    "<p>Két magyar kutató indult el a héten az Antarktiszra, ahol egy tizenegy ország "
                    "részvételével zajló nemzetközi expedíció tagjaként jégmagokat fúrnak és elemeznek. A "
                    "budapesti geokémikusok négy hónapot töltenek a jégtakarón, egy több mint háromezer méteres "
                    "tengerszint feletti magasságban fekvő kutatóállomáson.</p>",
                ),
                (
                    "paragraph",
                    "<p>A jégbe zárt apró légbuborékok megőrzik az egykori légkör összetételét, így "
                    "a kutatók pontosan megállapíthatják, mennyi szén-dioxid volt a levegőben több százezer "
                    "évvel ezelőtt. Az expedíció célja, hogy olyan jégrétegeket hozzanak felszínre, amelyek "
                    "akár egymillió évnél is idősebbek lehetnek. A "
                    "legrégebbi rétegek csaknem három kilométer mélyen rejtőznek a felszín alatt.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Egy jégmag olyan, mint egy archívum, amelyet rétegről rétegre olvasunk. Minden "
                        "centiméter mögött évszázadok története rejlik.",
                        "attribution": "Halász Dóra, geokémikus",
                    },
                ),
                ("heading", {"text": "Mínusz ötven fokban", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A körülmények szélsőségesek: a déli félteke nyarán, decemberben és januárban "
                    "is mínusz 30 és mínusz 50 fok között alakul a hőmérséklet, a ritka levegőben pedig minden "
                    "fizikai munka megerőltetőbb. A csapat tagjai sátrakban és konténerházakban laknak, az "
                    "ellátmányt kisrepülőgépek szállítják a tengerparti bázisról. A munka hajnaltól estig tart, a "
                    "kutatók két műszakban váltják egymást a fúrósátorban.</p>",
                ),
                (
                    "paragraph",
                    "<p>A magyar részvételt egy európai kutatási együttműködés teszi lehetővé, "
                    "amelyhez a budapesti kutatóintézet tavaly csatlakozott. A minták egy részét jövőre "
                    "Budapestre is elhozzák, ahol izotópvizsgálatokat végeznek rajtuk. A szállítás maga is "
                    "külön feladat: a jégmagokat mínusz 50 fokos hűtőkonténerekben, hajón és repülőn juttatják "
                    "el Európába, hogy egyetlen réteg se olvadjon meg útközben.</p>",
                ),
                (
                    "paragraph",
                    "<p>A kutatók szerint a régmúlt éghajlatának ismerete segít megérteni, hogyan "
                    "reagálhat a Föld a mai, gyors felmelegedésre. „Nem a múlt iránt nosztalgiázunk, hanem a "
                    "jövőt szeretnénk pontosabban előre jelezni” – mondta Halász Dóra az indulás előtt.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Az expedíció",
                        "items": [
                            "Részt vevő országok: 11",
                            "Időtartam: négy hónap",
                            "Az állomás magassága: több mint 3000 méter",
                            "Hőmérséklet: –30 és –50 °C között",
                        ],
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    # BUSINESS
    # ------------------------------------------------------------------------------------------------
    {
        "key": "inflation-october-forint",
        "section": "business",
        "original": "hu",
        "days_ago": 1.0,
        "authors": ["lilla-horvath"],
        "topics": ["inflation", "markets"],
        "ai_generated": False,
        "hero": {
            "colour": "#2e4a3f",
            "label_en": "Forint banknotes and coins on a market stall counter",
            "label_hu": "Forintbankjegyek és -érmék egy piaci stand pultján",
            "credit": "Budapest Post / Réka Simon",
        },
        "corrections": [],
        "en": {
            "title": "Inflation slows for a second month as the forint strengthens",
            "slug": "inflation-slows-second-month-forint-strengthens",
            "standfirst": "Consumer prices in October were 3.9 per cent higher than a year earlier. Food "
            "inflation eased, but the cost of services is still rising quickly.",
            "body": [
                (
                    "paragraph",
                    "<p>Consumer prices in Hungary were 3.9 per cent higher in October than a year "
                    "earlier, according to the latest figures from the Central Statistical Office (KSH). Annual "
                    "inflation stood at 4.3 per cent in September, making this the second month in a row in "
                    "which price growth has slowed.</p>",
                ),
                (
                    "paragraph",
                    "<p>The slowdown was driven mainly by food, where prices rose 3.1 per cent year "
                    "on year, compared with rates above 5 per cent in the summer. Services, however – including "
                    "rents, restaurant meals and repairs – continue to become more expensive at a rate of more "
                    "than 6 per cent.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Annual price growth by main product group (%)",
                        "columns": ["Product group", "September", "October"],
                        "rows": [
                            ["Food", "3.8", "3.1"],
                            ["Services", "6.5", "6.2"],
                            ["Household energy", "1.9", "1.7"],
                            ["Durable goods", "0.4", "0.2"],
                            ["All items", "4.3", "3.9"],
                        ],
                    },
                ),
                ("heading", {"text": "A stronger forint", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Currency markets welcomed the figures: early in the week the forint "
                    "strengthened to around 386 against the euro, its strongest level in more than a year. "
                    "Analysts say the currency is also supported by relatively high interest rates and an "
                    "improving current account. The exchange rate matters for prices too: a stronger forint makes "
                    "imported goods cheaper, which could help bring inflation down further.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "The numbers are good, but it is too early to relax. Services inflation is "
                        "stubborn and wages are rising fast, so the central bank is likely to stay cautious.",
                        "attribution": "Gábor Pintér, senior analyst at a Budapest investment bank",
                    },
                ),
                (
                    "paragraph",
                    "<p>The National Bank of Hungary will decide on its base rate next Tuesday; the "
                    "rate currently stands at 6 per cent. Most analysts expect no change, although some do not "
                    "rule out the bank signalling a small cut in the spring.</p>",
                ),
                (
                    "paragraph",
                    "<p>For households, slowing inflation will take time to feel. The goods people "
                    "buy most often – bread, milk, eggs and vegetables – still cost far more than at the start "
                    "of 2022, when the most recent surge in prices began.</p>",
                ),
            ],
        },
        "hu": {
            "title": "Második hónapja lassul az infláció, közben erősödik a forint",
            "slug": "masodik-honapja-lassul-az-inflacio-erosodik-a-forint",
            "standfirst": "Októberben 3,9 százalékkal voltak magasabbak a fogyasztói árak, mint egy évvel "
            "korábban. Az élelmiszerek drágulása mérséklődött, a szolgáltatások ára viszont továbbra is "
            "gyorsan nő.",
            "body": [
                (
                    "paragraph",
                    "<p>Októberben 3,9 százalékkal voltak magasabbak a fogyasztói árak, mint egy "
                    "évvel korábban – derül ki a Központi Statisztikai Hivatal (KSH) friss adataiból. "
                    "Szeptemberben még 4,3 százalék volt az éves infláció, így a drágulás üteme immár a második "
                    "hónapja lassul.</p>",
                ),
                (
                    "paragraph",
                    "<p>A lassulás elsősorban az élelmiszereknek köszönhető: ezek ára éves alapon "
                    "3,1 százalékkal nőtt, szemben a nyári, 5 százalék feletti értékekkel. A szolgáltatások – "
                    "köztük a lakbérek, az éttermi árak és a javítási díjak – azonban továbbra is 6 százalékot "
                    "meghaladó ütemben drágulnak.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Éves áremelkedés a főbb termékcsoportokban (%)",
                        "columns": ["Termékcsoport", "Szeptember", "Október"],
                        "rows": [
                            ["Élelmiszerek", "3,8", "3,1"],
                            ["Szolgáltatások", "6,5", "6,2"],
                            ["Háztartási energia", "1,9", "1,7"],
                            ["Tartós fogyasztási cikkek", "0,4", "0,2"],
                            ["Összesen", "4,3", "3,9"],
                        ],
                    },
                ),
                ("heading", {"text": "Erősödő forint", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A kedvező adatokra a devizapiac is reagált: a forint a hét elején 386 "
                    "közelébe erősödött az euróval szemben, ami több mint egyéves csúcsnak számít. Elemzők "
                    "szerint a hazai fizetőeszközt a viszonylag magas kamatszint és a javuló folyó fizetési "
                    "mérleg is támogatja. Az árfolyam az árakra is hatással van: az erősebb forint olcsóbbá teszi "
                    "az importtermékeket, ami tovább segítheti az infláció mérséklődését.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "A számok jók, de még korai hátradőlni. A szolgáltatási infláció makacs, a bérek "
                        "gyorsan nőnek, ezért a jegybank valószínűleg óvatos marad.",
                        "attribution": "Pintér Gábor, egy budapesti befektetési bank vezető elemzője",
                    },
                ),
                (
                    "paragraph",
                    "<p>A Magyar Nemzeti Bank jövő kedden dönt az alapkamatról, amely jelenleg "
                    "6 százalék. Az elemzők többsége nem vár változást, de néhányan nem zárják ki, hogy a "
                    "jegybank tavaszra egy kisebb kamatcsökkentést helyez kilátásba.</p>",
                ),
                (
                    "paragraph",
                    "<p>A háztartások csak lassan érzik meg az infláció mérséklődését. A "
                    "leggyakrabban vásárolt termékek – a kenyér, a tej, a tojás és a zöldségek – ára még mindig "
                    "jóval magasabb, mint 2022 elején, amikor a legutóbbi drágulási hullám elindult.</p>",
                ),
            ],
        },
    },
    {
        "key": "markets-midday-roundup",
        "section": "business",
        "original": "en",
        "days_ago": 0.1,
        "authors": ["lilla-horvath"],
        "topics": ["markets", "inflation"],
        "ai_generated": True,
        "hero": {
            "colour": "#24343f",
            "label_en": "A board of share prices in a trading room",
            "label_hu": "Árfolyamtábla egy kereskedőteremben",
            "credit": "Budapest Post / Graphics desk",
        },
        "corrections": [],
        "en": {
            "title": "Markets at midday: forint steady, Budapest shares edge higher",
            "slug": "markets-at-midday-forint-steady-budapest-shares-higher",
            "standfirst": "An automatically generated summary of morning trading on the Budapest Stock "
            "Exchange and the currency markets, checked by our business desk.",
            "body": [
                (
                    "paragraph",
                    "<p><i>This roundup was generated automatically from market data and checked by "
                    "a Budapest Post editor before publication.</i></p>",
                ),
                (
                    "paragraph",
                    "<p>The Budapest Stock Exchange's main index, the BUX, was up 0.4 per cent at "
                    "midday on Tuesday, helped by gains in banking and pharmaceutical shares. Trading volumes "
                    "were slightly below the 30-day average, as investors held back ahead of next week's interest rate "
                    "decision.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Selected prices at 12:00 CET",
                        "columns": ["Instrument", "Level", "Change (%)"],
                        "rows": [
                            ["BUX index", "104,250", "+0.4"],
                            ["EUR/HUF", "386.10", "-0.1"],
                            ["USD/HUF", "331.40", "+0.2"],
                            ["Brent crude (USD/barrel)", "71.80", "-0.6"],
                            ["10-year Hungarian government bond yield (%)", "5.92", "-0.03"],
                        ],
                    },
                ),
                ("heading", {"text": "Currencies and bonds", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The forint was little changed against the euro, trading at around 386.10, "
                    "close to its strongest level in more than a year. Against the US dollar the Hungarian "
                    "currency weakened slightly, as the dollar gained ground on global markets.</p>",
                ),
                (
                    "paragraph",
                    "<p>Hungarian government bond yields edged lower across most maturities, with the "
                    "ten-year yield falling three basis points to 5.92 per cent. Analysts linked the move to "
                    "expectations that inflation will continue to ease in the coming months.</p>",
                ),
                (
                    "paragraph",
                    "<p>Among individual shares, the largest gains were in the banking sector, while "
                    "energy stocks fell in line with lower oil prices. No company announcements were scheduled "
                    "for the rest of the day.</p>",
                ),
                (
                    "paragraph",
                    "<p>Elsewhere in the region, the Warsaw and Prague stock exchanges traded slightly "
                    "higher, while the Polish zloty and the Czech koruna were broadly unchanged against the euro. "
                    "Regional currencies have been supported in recent weeks by expectations that the European "
                    "Central Bank will keep interest rates on hold.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "About this article",
                        "text": "<p>Figures are taken from exchange and central bank data feeds and may differ "
                        "slightly from closing prices. The text was produced with the help of an automated "
                        "system and reviewed by an editor.</p>",
                    },
                ),
            ],
        },
        "hu": {
            "title": "Tőzsdei körkép délben: stabil forint, enyhén emelkedő budapesti részvények",
            "slug": "tozsdei-korkep-delben-stabil-forint-emelkedo-reszvenyek",
            "standfirst": "Automatikusan készült összefoglaló a Budapesti Értéktőzsde és a devizapiac "
            "délelőtti kereskedéséről, gazdasági rovatunk ellenőrzésével.",
            "body": [
                (
                    "paragraph",
                    "<p><i>Ez az összefoglaló piaci adatok alapján automatikusan készült, és "
                    "megjelenés előtt a Budapest Post szerkesztője ellenőrizte.</i></p>",
                ),
                (
                    "paragraph",
                    "<p>A Budapesti Értéktőzsde fő indexe, a BUX kedden délben 0,4 százalékos "
                    "pluszban állt, elsősorban a bank- és a gyógyszeripari részvények emelkedésének "
                    "köszönhetően. A forgalom valamivel elmaradt az elmúlt 30 nap átlagától, a befektetők a jövő heti "
                    "kamatdöntés előtt kivárnak.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Kiemelt árfolyamok 12 órakor (közép-európai idő szerint)",
                        "columns": ["Megnevezés", "Árfolyam / szint", "Változás (%)"],
                        "rows": [
                            ["BUX index", "104 250", "+0,4"],
                            ["EUR/HUF", "386,10", "–0,1"],
                            ["USD/HUF", "331,40", "+0,2"],
                            ["Brent olaj (USD/hordó)", "71,80", "–0,6"],
                            ["10 éves magyar állampapír hozama (%)", "5,92", "–0,03"],
                        ],
                    },
                ),
                ("heading", {"text": "Deviza- és kötvénypiac", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A forint alig mozdult az euróval szemben, 386,10 körül forgott, közel több "
                    "mint egyéves csúcsához. A dollárral szemben a hazai fizetőeszköz kissé gyengült, mivel a "
                    "dollár a világpiacon általánosan erősödött.</p>",
                ),
                (
                    "paragraph",
                    "<p>A magyar állampapírok hozama a legtöbb lejáraton enyhén csökkent, a tízéves "
                    "referenciahozam három bázisponttal, 5,92 százalékra mérséklődött. Az elemzők ezt azzal "
                    "magyarázták, hogy a piac az infláció további lassulására számít a következő hónapokban.</p>",
                ),
                (
                    "paragraph",
                    "<p>Az egyes részvények közül a bankpapírok emelkedtek a legnagyobb mértékben, az "
                    "energetikai részvények viszont az olajár csökkenésével párhuzamosan gyengültek. A nap "
                    "hátralévő részére nem volt vállalati bejelentés ütemezve.</p>",
                ),
                (
                    "paragraph",
                    "<p>A régió többi tőzsdéjén is enyhe emelkedés volt jellemző: a varsói és a prágai "
                    "index egyaránt pluszban állt, a lengyel zloty és a cseh korona pedig alig mozdult az euróval "
                    "szemben. A regionális devizákat az elmúlt hetekben az is támogatta, hogy a piacok az Európai "
                    "Központi Bank kamatszintjének változatlanságára számítanak.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "A cikkről",
                        "text": "<p>Az adatok a tőzsde és a jegybank adatforrásaiból származnak, és kismértékben "
                        "eltérhetnek a záróárfolyamoktól. A szöveg automatizált rendszer segítségével készült, "
                        "és szerkesztő ellenőrizte.</p>",
                    },
                ),
            ],
        },
    },
    {
        "key": "christmas-spending-survey",
        "section": "business",
        "original": "hu",
        "days_ago": 5.0,
        "authors": ["lilla-horvath"],
        "topics": ["inflation"],
        "ai_generated": False,
        "hero": {
            "colour": "#7a2e2e",
            "label_en": "Shoppers at a Christmas market stall in Budapest",
            "label_hu": "Vásárlók egy budapesti karácsonyi vásár standjánál",
            "credit": "Budapest Post / Réka Simon",
        },
        "corrections": [],
        "en": None,
        "hu": {
            "title": "Felmérés: idén kevesebbet költenének karácsonyi ajándékra a magyar háztartások",
            "slug": "felmeres-kevesebbet-koltenenek-karacsonyi-ajandekra",
            "standfirst": "Egy kiskereskedelmi szövetség megbízásából készült kutatás szerint a háztartások "
            "átlagosan 78 ezer forintot szánnak ajándékokra. Egyre többen adnának tárgy helyett élményt.",
            "body": [
                (
                    "paragraph",
                    "<p>A magyar háztartások idén átlagosan 78 ezer forintot terveznek karácsonyi "
                    "ajándékokra költeni, ami reálértékben mintegy 4 százalékkal kevesebb a tavalyinál – derül ki "
                    "egy országos kiskereskedelmi szövetség megbízásából készült felmérésből. A kutatásban ezer "
                    "felnőtt vett részt október végén és november elején.</p>",
                ),
                (
                    "paragraph",
                    "<p>A válaszadók több mint fele mondta azt, hogy idén óvatosabban vásárol, és "
                    "korábban kezdi a beszerzést, hogy kihasználja az akciókat. Minden harmadik megkérdezett "
                    "inkább élményt – színházjegyet, koncertbelépőt, közös programot – ajándékozna tárgy "
                    "helyett, és egyre népszerűbbek a saját készítésű ajándékok is.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Mire költenének a háztartások? (a válaszadók aránya, %)",
                        "columns": ["Kategória", "2025", "2026"],
                        "rows": [
                            ["Játékok", "41", "38"],
                            ["Könyvek", "35", "37"],
                            ["Ruházat", "33", "29"],
                            ["Élmények, programok", "24", "33"],
                            ["Műszaki cikkek", "22", "18"],
                        ],
                    },
                ),
                ("heading", {"text": "Tovább nő az online vásárlás", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A felmérés szerint a vásárlók 62 százaléka legalább az ajándékok egy részét "
                    "interneten rendeli meg, a 35 év alattiak körében ez az arány a 80 százalékot is "
                    "meghaladja. A kisebb boltok ugyanakkor arról számolnak be, hogy a vevők egyre inkább "
                    "értékelik a személyes kiszolgálást és a helyi termékeket.</p>",
                ),
                (
                    "paragraph",
                    "<p>A kutatás jelentős regionális különbségeket is kimutatott. A budapesti "
                    "háztartások átlagosan 96 ezer forintot szánnak ajándékokra, a kelet-magyarországi megyékben "
                    "élők viszont jellemzően 60 ezer forint alatti összeggel számolnak. A gyermekes családok "
                    "csaknem kétszer annyit költenének, mint a gyermektelenek, elsősorban játékokra és "
                    "könyvekre.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Az emberek nem feltétlenül kevesebbet akarnak adni, hanem tudatosabban. Sokan a "
                        "mennyiség helyett az élményre és a minőségre figyelnek.",
                        "attribution": "Fodor Réka, a felmérést készítő kutatócég elemzője",
                    },
                ),
                (
                    "paragraph",
                    "<p>Az ajándékokra szánt összeg visszafogása ellenére a kereskedők bizakodóak a "
                    "decemberi forgalmat illetően, elsősorban a reálbérek emelkedése miatt. A szövetség arra "
                    "számít, hogy az élelmiszerekkel és a vendéglátással együtt számolt karácsonyi "
                    "kiskereskedelmi forgalom volumenben 1–2 százalékkal meghaladhatja a tavalyit, ha az árak "
                    "emelkedése tovább lassul.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Mire figyeljünk az akcióknál?",
                        "text": "<p>A fogyasztóvédelmi szervezetek azt tanácsolják, hogy a vásárlók vessék össze az "
                        "akciós árat a termék előző 30 napban alkalmazott legalacsonyabb árával, amelyet a "
                        "kereskedőknek a kedvezmény mellett fel kell tüntetniük.</p>",
                    },
                ),
            ],
        },
    },
    {
        "key": "budapest-office-vacancy",
        "section": "business",
        "original": "en",
        "days_ago": 30.0,
        "authors": ["lilla-horvath"],
        "topics": ["markets", "housing"],
        "ai_generated": False,
        "hero": {
            "colour": "#3a3a52",
            "label_en": "Glass office towers along Váci út",
            "label_hu": "Üvegborítású irodaházak a Váci úton",
            "credit": "Budapest Post / Ádám Tóth",
        },
        "corrections": [],
        "en": {
            "title": "Budapest office vacancies climb as new buildings outpace demand",
            "slug": "budapest-office-vacancies-climb",
            "standfirst": "Nearly one in seven square metres of modern office space in the capital stands "
            "empty, according to a quarterly market report. Landlords are offering long rent-free periods, "
            "and some are looking at converting older blocks.",
            "body": [
                (
                    "paragraph",
                    "<p>The share of empty office space in Budapest rose to 14.2 per cent in the "
                    "third quarter, the highest level in more than a decade, according to a quarterly report "
                    "compiled by a group of property consultancies. About 180,000 square metres of new offices "
                    "have been completed this year, while demand from tenants has stayed broadly flat.</p>",
                ),
                (
                    "paragraph",
                    "<p>Vacancy is highest in newer developments on the edges of the city and lowest "
                    "in the central business district, where well-located buildings with good public transport "
                    "links are still in demand. The Váci út corridor in District XIII, the city's largest office "
                    "cluster, reported vacancy of just over 12 per cent.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Office vacancy by submarket, third quarter (%)",
                        "columns": ["Submarket", "Q3 2025", "Q3 2026"],
                        "rows": [
                            ["Central business district", "7.8", "8.4"],
                            ["Váci út corridor", "10.5", "12.1"],
                            ["South Buda", "13.9", "16.7"],
                            ["Outer Pest", "17.2", "21.0"],
                            ["Budapest total", "12.3", "14.2"],
                        ],
                    },
                ),
                ("heading", {"text": "Hybrid work and cautious tenants", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Consultants say companies are reluctant to take on more space while many "
                    "employees still work from home two or three days a week. Instead, tenants are moving to "
                    "smaller but better offices, often in buildings with high energy-efficiency ratings that "
                    "help them meet sustainability reporting requirements.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Tenants are not asking for more space, they are asking for better space. Older "
                        "buildings that can't offer that are going to struggle.",
                        "attribution": "Andrea Lukács, head of research at a property consultancy",
                    },
                ),
                (
                    "paragraph",
                    "<p>To fill empty floors, landlords are offering up to a year rent-free on "
                    "five-year leases, as well as contributions to fit-out costs. Some owners of older buildings "
                    "are considering turning them into student housing or hotels, although planning rules and "
                    "the cost of conversion make that difficult.</p>",
                ),
                (
                    "paragraph",
                    "<p>Developers have responded by postponing new projects. Only about 60,000 "
                    "square metres of offices are due for completion next year, the lowest figure since 2014, "
                    "which consultants expect to help vacancy stabilise by 2028.</p>",
                ),
            ],
        },
        "hu": None,
    },
    # ------------------------------------------------------------------------------------------------
    # TECHNOLOGY
    # ------------------------------------------------------------------------------------------------
    {
        "key": "csepp-labs-funding",
        "section": "technology",
        "original": "hu",
        "days_ago": 7.0,
        "authors": ["daniel-fekete"],
        "topics": ["startups", "artificial-intelligence"],
        "ai_generated": False,
        "hero": {
            "colour": "#264653",
            "label_en": "An engineer fitting a sensor to a water pipe in a basement",
            "label_hu": "Mérnök érzékelőt szerel egy vízvezetékre egy pincében",
            "credit": "Budapest Post / Ádám Tóth",
        },
        "corrections": [],
        "en": {
            "title": "Budapest start-up that listens for leaking pipes raises €6 million",
            "slug": "budapest-start-up-leaking-pipes-raises-6-million",
            "standfirst": "Csepp Labs' sensors detect leaks from the vibrations of water mains. The company "
            "plans to use the money to expand into several central European countries.",
            "body": [
                (
                    "paragraph",
                    "<p>Csepp Labs, a Budapest company that makes small acoustic sensors for water "
                    "pipes, has closed a €6 million investment round. The round was led by a Vienna-based "
                    "venture capital fund, with a Hungarian state-backed fund and several existing investors "
                    "also taking part.</p>",
                ),
                (
                    "paragraph",
                    "<p>The company's devices measure microscopic vibrations in pipe walls, and "
                    "machine-learning software picks out the sound patterns that indicate a leak. The system "
                    "raises the alarm much earlier than traditional methods, often weeks before a pipe visibly "
                    "bursts.</p>",
                ),
                (
                    "paragraph",
                    "<p>The idea grew out of the founders' own experience. Noémi Vida spent years as an "
                    "engineer at a municipal water utility, where repair crews often dug in the wrong place for "
                    "days before finding a leak. Her co-founder, the physicist Olivér Farkas, had previously "
                    "developed vibration sensors for monitoring bridges.</p>",
                ),
                ("heading", {"text": "One litre in four lost", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The problem is considerable: in central European cities, between 20 and "
                    "30 per cent of drinking water never reaches consumers because of faults in the network. "
                    "Csepp Labs says a medium-sized city could save several hundred million forints a year by "
                    "finding leaks in time.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Water is at its most expensive when it is running away. We want utilities to "
                        "stop learning about problems from a crater in the road.",
                        "attribution": "Noémi Vida, co-founder and chief executive of Csepp Labs",
                    },
                ),
                (
                    "paragraph",
                    "<p>Founded in 2021, the company employs 38 people, and its system is being "
                    "tested by seven Hungarian and two Slovak water utilities. The new funding will be used to "
                    "expand the engineering team and to open offices in Poland and Romania next year.</p>",
                ),
                (
                    "paragraph",
                    "<p>The deal stands out in Hungary's start-up scene. Venture capital investment "
                    "in the region has fallen over the past two years, and investors are mainly looking for "
                    "companies that combine artificial intelligence with sustainability and are already earning "
                    "revenue.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "About the company",
                        "items": [
                            "Founded: 2021, Budapest",
                            "Employees: 38",
                            "New funding: €6 million",
                            "Pilot partners: 9 water utilities in two countries",
                        ],
                    },
                ),
            ],
        },
        "hu": {
            "title": "Hatmillió eurót gyűjtött a csőtöréseket kihallgató budapesti startup",
            "slug": "hatmillio-eurot-gyujtott-a-csotoreseket-kihallgato-startup",
            "standfirst": "A Csepp Labs érzékelői a vízvezetékek rezgéséből ismerik fel a szivárgásokat. A cég "
            "a pénzből több közép-európai országban terjeszkedne.",
            "body": [
                (
                    "paragraph",
                    "<p>Hatmillió eurós befektetési kört zárt le a budapesti Csepp Labs, amely "
                    "vízvezetékekre szerelhető, apró akusztikus érzékelőket fejleszt. A kört egy bécsi "
                    "kockázatitőke-alap vezette, de beszállt egy magyar állami hátterű alap és több korábbi "
                    "befektető is.</p>",
                ),
                (
                    "paragraph",
                    "<p>A cég eszközei a csőfal mikroszkopikus rezgéseit mérik, egy gépi tanuláson "
                    "alapuló szoftver pedig kiszűri azokat a hangmintázatokat, amelyek szivárgásra utalnak. A "
                    "rendszer a hagyományos módszereknél jóval korábban jelez, gyakran hetekkel azelőtt, hogy a "
                    "csőtörés láthatóvá válna.</p>",
                ),
                (
                    "paragraph",
                    "<p>Az ötlet az alapítók saját tapasztalataiból született. Vida Noémi évekig "
                    "mérnökként dolgozott egy városi vízműnél, ahol a szerelők gyakran napokig ástak rossz "
                    "helyen, mire megtalálták a szivárgást. Társalapítója, Farkas Olivér fizikus korábban hidak "
                    "rezgését figyelő érzékelőket fejlesztett.</p>",
                ),
                ("heading", {"text": "Minden negyedik liter elfolyik", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A probléma jelentős: a közép-európai városokban a megtermelt ivóvíz 20–30 "
                    "százaléka a hálózat hibái miatt soha nem jut el a fogyasztókhoz. A Csepp Labs szerint egy "
                    "közepes méretű város évente több száz millió forintot takaríthatna meg, ha időben "
                    "észlelné a szivárgásokat.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "A víz akkor a legdrágább, amikor elfolyik. Azt szeretnénk, hogy a vízművek ne "
                        "az úttesten keletkezett kráterből értesüljenek a bajról.",
                        "attribution": "Vida Noémi, a Csepp Labs társalapítója és vezérigazgatója",
                    },
                ),
                (
                    "paragraph",
                    "<p>A 2021-ben alapított cég jelenleg 38 munkatársat foglalkoztat, rendszerét hét "
                    "magyar és két szlovák vízmű teszteli. A friss tőkéből a fejlesztőcsapatot bővítik, és jövőre "
                    "Lengyelországban és Romániában is irodát nyitnak.</p>",
                ),
                (
                    "paragraph",
                    "<p>A befektetés a hazai startupvilágban is kiemelkedőnek számít. A "
                    "kockázatitőke-befektetések értéke az elmúlt két évben visszaesett a régióban, a befektetők "
                    "elsősorban olyan cégeket keresnek, amelyek a mesterséges intelligenciát a fenntarthatósággal "
                    "ötvözik, és már bevételük is van.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "A cégről",
                        "items": [
                            "Alapítás: 2021, Budapest",
                            "Munkatársak: 38",
                            "Friss tőke: 6 millió euró",
                            "Tesztpartnerek: 9 vízmű két országban",
                        ],
                    },
                ),
            ],
        },
    },
    {
        "key": "eu-ai-content-labels",
        "section": "technology",
        "original": "en",
        "days_ago": 11.0,
        "authors": ["daniel-fekete", "mate-szalai"],
        "topics": ["artificial-intelligence", "eu-policy"],
        "ai_generated": False,
        "hero": {
            "colour": "#33264a",
            "label_en": "A laptop screen showing a label that marks text as AI-generated",
            "label_hu": "Laptop képernyője, rajta a mesterséges intelligenciával készült szöveget jelölő címke",
            "credit": "Budapest Post / Ádám Tóth",
        },
        "corrections": [],
        "en": {
            "title": "Three months on, EU rules on labelling AI content are changing how companies work",
            "slug": "eu-rules-on-labelling-ai-content-three-months-on",
            "standfirst": "Since August, businesses that use AI to produce text, images or audio for the public "
            "have had to say so. Hungarian firms say the rules are clear in principle but tricky in "
            "practice.",
            "body": [
                (
                    "paragraph",
                    "<p>Three months after the EU's transparency rules for artificial intelligence "
                    "began to apply, companies across Hungary are still working out what they mean in practice. "
                    "Since August, organisations that publish AI-generated text on matters of public interest, "
                    "or create realistic synthetic images, audio or video, have had to disclose that the content "
                    "was produced or altered by a machine.</p>",
                ),
                (
                    "paragraph",
                    "<p>The obligations are part of the EU's AI Act, the first comprehensive law on "
                    "artificial intelligence adopted by a major economy. Its provisions are being phased in over "
                    "several years: the bans on certain practices and the rules for general-purpose AI models "
                    "already apply, while the detailed requirements for high-risk systems used in areas such as "
                    "hiring, credit scoring and education are still being finalised.</p>",
                ),
                ("heading", {"text": "What counts as AI content?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Lawyers say the most common questions are about the boundaries. A marketing "
                    "text drafted by a chatbot and then heavily rewritten by a person may not need a label, "
                    "whereas an automatically generated news summary does – unless an editor has reviewed it and "
                    "taken editorial responsibility. Synthetic images that could be mistaken for real photographs "
                    "must always be marked.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "context",
                        "title": "The AI Act timeline",
                        "text": "<p>The AI Act entered into force in August 2024. Bans on certain practices have "
                        "applied since February 2025, rules for general-purpose models since August 2025, and "
                        "transparency obligations since August 2026. Some deadlines for high-risk systems may be "
                        "pushed back under a simplification package now being negotiated in Brussels.</p>",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": "Most of our clients want to comply. The difficulty is that the same tool is used "
                        "in twenty different ways across a company, and each one needs a decision.",
                        "attribution": "Réka Halmi, technology lawyer in Budapest",
                    },
                ),
                (
                    "paragraph",
                    "<p>Hungarian media companies, banks and online retailers have been among the "
                    "first to introduce visible labels. Several news sites now add a short note to automatically "
                    "generated articles, such as market summaries and weather reports, explaining how they were "
                    "produced and who checked them.</p>",
                ),
                (
                    "paragraph",
                    "<p>Smaller businesses say they lack the resources to keep track of every tool "
                    "their staff use. Business associations have asked the government to set up a free advisory "
                    "service, similar to one already operating in Austria, and the ministry responsible for "
                    "digital affairs said it was considering the idea.</p>",
                ),
                (
                    "pull_quote",
                    {
                        "text": "The same tool is used in twenty different ways across a company, and each one "
                        "needs a decision.",
                    },
                ),
            ],
        },
        "hu": {
            "title": "Három hónapja kell jelölni az MI-vel készült tartalmakat – így változott a cégek munkája",
            "slug": "harom-honapja-kell-jelolni-az-mi-vel-keszult-tartalmakat",
            "standfirst": "Augusztus óta a vállalkozásoknak jelezniük kell, ha mesterséges intelligenciával "
            "készítenek a nyilvánosságnak szánt szöveget, képet vagy hangot. A magyar cégek szerint a "
            "szabályok elvben világosak, a gyakorlatban viszont sok a kérdés.",
            "body": [
                (
                    "paragraph",
                    "<p>Három hónappal azután, hogy alkalmazandóvá váltak a mesterséges "
                    "intelligenciára vonatkozó uniós átláthatósági szabályok, a magyar cégek még mindig azt "
                    "próbálják kitalálni, mit jelentenek ezek a gyakorlatban. Augusztus óta azoknak a "
                    "szervezeteknek, amelyek közérdekű ügyekben MI által előállított szöveget tesznek közzé, "
                    "vagy valósághű szintetikus képet, hangot, videót készítenek, jelezniük kell, hogy a "
                    "tartalmat gép hozta létre vagy módosította.</p>",
                ),
                (
                    "paragraph",
                    "<p>A kötelezettségek az uniós MI-rendelet részei, amely az első átfogó, nagy "
                    "gazdaság által elfogadott jogszabály a mesterséges intelligenciáról. Rendelkezéseit több "
                    "év alatt, fokozatosan vezetik be: egyes gyakorlatok tilalma és az általános célú MI-modellekre "
                    "vonatkozó szabályok már érvényesek, a magas kockázatú – például a munkaerő-felvételben, a "
                    "hitelbírálatban vagy az oktatásban használt – rendszerekre vonatkozó részletes előírások "
                    "viszont még formálódnak.</p>",
                ),
                ("heading", {"text": "Mi számít MI-tartalomnak?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Az ügyvédek szerint a leggyakoribb kérdések a határesetekre vonatkoznak. Egy "
                    "csevegőrobot által megfogalmazott, majd ember által alaposan átírt marketingszöveget nem "
                    "feltétlenül kell megjelölni, egy automatikusan készült hírösszefoglalót viszont igen – "
                    "hacsak át nem nézte egy szerkesztő, aki szerkesztői felelősséget vállal érte. A valódi "
                    "fényképnek látszó szintetikus képeket minden esetben jelölni kell.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "context",
                        "title": "Az MI-rendelet menetrendje",
                        "text": "<p>Az MI-rendelet 2024 augusztusában lépett hatályba. Egyes gyakorlatok tilalma "
                        "2025 februárja, az általános célú modellekre vonatkozó szabályok 2025 augusztusa, az "
                        "átláthatósági kötelezettségek 2026 augusztusa óta alkalmazandók. A magas kockázatú "
                        "rendszerekre vonatkozó egyes határidők a Brüsszelben most tárgyalt egyszerűsítési csomag "
                        "nyomán kitolódhatnak.</p>",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": "Ügyfeleink többsége szeretne megfelelni a szabályoknak. A nehézség az, hogy "
                        "ugyanazt az eszközt egy cégen belül húszféleképpen használják, és mindegyik esetben "
                        "külön döntést kell hozni.",
                        "attribution": "Halmi Réka, budapesti technológiai jogász",
                    },
                ),
                (
                    "paragraph",
                    "<p>A magyar médiavállalatok, bankok és webáruházak az elsők között vezettek be "
                    "jól látható jelöléseket. Több hírportál ma már rövid megjegyzéssel látja el az "
                    "automatikusan készült cikkeket – például a tőzsdei összefoglalókat és az "
                    "időjárás-jelentéseket –, amely elmagyarázza, hogyan készült a szöveg, és ki ellenőrizte.</p>",
                ),
                (
                    "paragraph",
                    "<p>A kisebb vállalkozások szerint nincs kapacitásuk arra, hogy nyomon kövessék, "
                    "munkatársaik milyen eszközöket használnak. Az érdekképviseletek ingyenes tanácsadó "
                    "szolgálat létrehozását kérték a kormánytól – hasonlót ahhoz, amely Ausztriában már működik "
                    "–, a digitális ügyekért felelős minisztérium pedig jelezte, hogy megfontolja a "
                    "javaslatot.</p>",
                ),
                (
                    "pull_quote",
                    {
                        "text": "Ugyanazt az eszközt egy cégen belül húszféleképpen használják, és mindegyik "
                        "esetben külön döntést kell hozni.",
                    },
                ),
            ],
        },
    },
    {
        "key": "hungarian-open-language-model",
        "section": "technology",
        "original": "hu",
        "days_ago": 18.0,
        "authors": ["daniel-fekete"],
        "topics": ["artificial-intelligence", "education"],
        "ai_generated": False,
        "hero": {
            "colour": "#3d405b",
            "label_en": "Server racks in a university computing centre",
            "label_hu": "Szerverszekrények egy egyetemi számítóközpontban",
            "credit": "Budapest Post / Ádám Tóth",
        },
        "corrections": [],
        "en": None,
        "hu": {
            "title": "Nyílt, magyarul jól értő nyelvi modellt adtak ki budapesti kutatók",
            "slug": "nyilt-magyar-nyelvi-modellt-adtak-ki-budapesti-kutatok",
            "standfirst": "A modell jóval kisebb a nagy nemzetközi rendszereknél, de a fejlesztők szerint "
            "magyar nyelvű feladatokban felveszi velük a versenyt. Bárki ingyen letöltheti és a saját gépén "
            "futtathatja.",
            "body": [
                (
                    "paragraph",
                    "<p>Nyílt forráskódú, kifejezetten a magyar nyelvre optimalizált nagy nyelvi "
                    "modellt tett közzé egy budapesti egyetemi kutatócsoport. A 12 milliárd paraméteres modell "
                    "szabadon letölthető, kereskedelmi célra is felhasználható, és egy erősebb asztali "
                    "számítógépen vagy egy kisebb vállalati szerveren is elfut.</p>",
                ),
                (
                    "paragraph",
                    "<p>A fejlesztők szerint a nagy nemzetközi rendszerek sokszor csak felszínesen "
                    "kezelik a magyart: gyakran hibáznak a ragozásban, a szórendben és a hivatalos szövegek "
                    "stílusában. Az új modellt ezért több tízmilliárd szónyi, gondosan válogatott magyar "
                    "szövegen – szépirodalmon, tudományos cikkeken, jogszabályokon és közigazgatási "
                    "dokumentumokon – is tanították.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Eredmények magyar nyelvű tesztfeladatokon (pontszám, 100-ból)",
                        "columns": ["Feladat", "Új modell", "Hasonló méretű nemzetközi modell"],
                        "rows": [
                            ["Szövegértés", "78", "69"],
                            ["Helyesírás-javítás", "85", "61"],
                            ["Összefoglalás", "74", "70"],
                            ["Jogi szövegek értelmezése", "66", "58"],
                        ],
                    },
                ),
                ("heading", {"text": "Hivatalok, kórházak, iskolák", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A kutatók elsősorban olyan felhasználókra gondolnak, akik nem szeretnék "
                    "érzékeny adataikat külföldi felhőszolgáltatókhoz küldeni: önkormányzatokra, kórházakra, "
                    "iskolákra és kisvállalkozásokra. Több hivatal már kipróbálta a modellt ügyfélleveleinek "
                    "megfogalmazására és hosszú jogszabályszövegek összefoglalására.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Nem akarunk versenyre kelni a világ legnagyobb cégeivel. Azt szeretnénk, hogy "
                        "legyen egy megbízható, átlátható magyar eszköz, amelyet bárki ellenőrizhet és "
                        "továbbfejleszthet.",
                        "attribution": "Szűcs András, a kutatócsoport vezetője",
                    },
                ),
                (
                    "paragraph",
                    "<p>A független szakértők üdvözölték a kezdeményezést, de óvatosságra intenek. "
                    "Szerintük a modell – mint minden hasonló rendszer – magabiztosan állíthat valótlanságot is, "
                    "ezért fontos döntéseknél nem helyettesítheti az emberi ellenőrzést. A fejlesztők a modell "
                    "mellett részletes dokumentációt is közzétettek a tanítóadatokról és az ismert "
                    "korlátokról, a hibákat pedig nyilvános felületen lehet bejelenteni.</p>",
                ),
                (
                    "paragraph",
                    "<p>A projekt költségeinek nagy részét egy hazai kutatási pályázat fedezte, a "
                    "modell tanításához pedig egy állami szuperszámítógép kapacitását használták, összesen "
                    "mintegy négy hónapnyi gépidőben. A kutatócsoport szerint a következő változat már "
                    "beszédfelismerést is tartalmazhat, ami például a hallássérülteknek készülő automatikus "
                    "feliratozásban lehet hasznos.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Hogyan próbálható ki?",
                        "text": "<p>A modell és a dokumentáció a kutatócsoport "
                        '<a href="https://example.org/magyar-nyelvi-modell">nyilvános tárhelyén</a> érhető el. A '
                        "futtatáshoz legalább 24 gigabájt memóriával rendelkező videokártya ajánlott, de kisebb, "
                        "tömörített változatok is letölthetők.</p>",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    # CULTURE
    # ------------------------------------------------------------------------------------------------
    {
        "key": "museum-of-applied-arts-reopens",
        "section": "culture",
        "original": "hu",
        "days_ago": 10.0,
        "authors": ["hannah-whitfield"],
        "topics": ["heritage", "arts"],
        "ai_generated": False,
        "hero": {
            "colour": "#1d6a5a",
            "label_en": "The green and yellow Zsolnay roof tiles of the Museum of Applied Arts",
            "label_hu": "Az Iparművészeti Múzeum zöld-sárga Zsolnay-kerámia tetőcserepei",
            "credit": "Budapest Post / Réka Simon",
        },
        "corrections": [],
        "en": {
            "title": "Museum of Applied Arts to reopen after almost a decade",
            "slug": "museum-of-applied-arts-to-reopen",
            "standfirst": "Ödön Lechner's palace on Üllői út will welcome visitors back with a restored Zsolnay "
            "roof and an entirely new permanent exhibition. Entry will be free on the opening weekend.",
            "body": [
                (
                    "paragraph",
                    "<p>After almost nine years behind closed doors, one of Budapest's most "
                    "remarkable buildings, the Museum of Applied Arts, will reopen in mid-December. Ödön "
                    "Lechner's palace on Üllői út, completed in 1896, has been thoroughly renovated: its "
                    "structure has been reinforced, its roof of colourful Zsolnay ceramic tiles restored, and "
                    "modern climate-control and security systems installed.</p>",
                ),
                (
                    "paragraph",
                    "<p>The museum will also unveil an entirely new permanent exhibition that tells "
                    "the story of the applied arts from the Middle Ages to the present day through some 2,000 "
                    "objects. The most treasured pieces in the collection, including a selection of goldsmiths' "
                    "work from the Esterházy treasury, will be shown together for the first time in "
                    "decades.</p>",
                ),
                (
                    "image",
                    {
                        "colour": "#7b5e3b",
                        "label_en": "The glass-roofed central hall of the museum after restoration",
                        "label_hu": "A múzeum üvegtetős központi csarnoka a felújítás után",
                        "credit": "Budapest Post / Réka Simon",
                        "caption": "The restored central hall, whose glass roof has been rebuilt to the original "
                        "designs.",
                    },
                ),
                ("heading", {"text": "Hungarian Art Nouveau, seen afresh", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The curators have done more than arrange objects in display cases. Several "
                    "rooms ask how the role of everyday things has changed: what an ornate coffee set meant to a "
                    "middle-class family in 19th-century Pest, and what a mass-produced mug means today. At "
                    "interactive stations, visitors can try their hand at the techniques behind ceramic glazes "
                    "and textile patterns.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "The building itself is part of the collection – perhaps its most important piece. "
                        "At every decision during the renovation, we asked ourselves: what would Lechner have "
                        "wanted?",
                        "attribution": "Judit Deák, chief curator of the museum",
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Ticket prices",
                        "columns": ["Ticket", "Price (HUF)"],
                        "rows": [
                            ["Full price", "4,800"],
                            ["Reduced", "2,400"],
                            ["Family (2 adults + 2 children)", "9,600"],
                            ["EU citizens under 26 or over 70", "0"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>The total cost of the renovation exceeded 40 billion forints. The work took "
                    "far longer than originally planned, partly because demolition revealed more serious "
                    "structural damage to the floors than expected.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Visitor information",
                        "text": "<p>Entry is free on the opening weekend, 12–13 December, but visitors must book a "
                        "time slot in advance. After that, the museum will be open from Tuesday to Sunday, 10am "
                        "to 6pm, and until 8pm on Thursdays.</p>",
                    },
                ),
            ],
        },
        "hu": {
            "title": "Csaknem egy évtized után újra megnyílik az Iparművészeti Múzeum",
            "slug": "ujra-megnyilik-az-iparmuveszeti-muzeum",
            "standfirst": "Lechner Ödön Üllői úti palotája megújult Zsolnay-tetővel és teljesen új állandó "
            "kiállítással várja a látogatókat. A nyitóhétvégén ingyenes lesz a belépés.",
            "body": [
                (
                    "paragraph",
                    "<p>Csaknem kilencévnyi zárva tartás után december közepén újra megnyílik "
                    "Budapest egyik legkülönlegesebb épülete, az Iparművészeti Múzeum. Lechner Ödön 1896-ban "
                    "átadott Üllői úti palotáját alaposan felújították: megerősítették a szerkezetét, "
                    "helyreállították a színes Zsolnay-kerámiával borított tetőt, és korszerű klíma- és "
                    "biztonsági rendszert építettek ki.</p>",
                ),
                (
                    "paragraph",
                    "<p>A múzeum a megnyitóval egy időben teljesen új állandó kiállítást is bemutat, "
                    "amely mintegy kétezer tárgyon keresztül meséli el az iparművészet történetét a középkortól "
                    "napjainkig. A gyűjtemény legféltettebb darabjai – köztük az Esterházy-kincstár válogatott "
                    "ötvöstárgyai – évtizedek óta először láthatók együtt.</p>",
                ),
                (
                    "image",
                    {
                        "colour": "#7b5e3b",
                        "label_en": "The glass-roofed central hall of the museum after restoration",
                        "label_hu": "A múzeum üvegtetős központi csarnoka a felújítás után",
                        "credit": "Budapest Post / Réka Simon",
                        "caption": "A felújított központi csarnok, amelynek üvegtetejét az eredeti tervek alapján "
                        "építették újjá.",
                    },
                ),
                ("heading", {"text": "Magyar szecesszió, új szemmel", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A kurátorok nem elégedtek meg azzal, hogy tárlókba rendezzék a tárgyakat. A "
                    "kiállítás több terme arra kérdez rá, hogyan változott a hétköznapi tárgyak szerepe: mit "
                    "jelentett egy díszes kávéskészlet egy 19. századi pesti polgárcsaládnak, és mit jelent ma "
                    "egy tömeggyártott bögre. Interaktív állomásokon a látogatók maguk is kipróbálhatják a "
                    "kerámiamázak és a textilminták készítésének fortélyait.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Ez az épület maga is a gyűjtemény része, talán a legfontosabb darabja. A felújítás "
                        "során minden döntésnél feltettük magunknak a kérdést: vajon mit akart volna Lechner?",
                        "attribution": "Deák Judit, a múzeum főkurátora",
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Jegyárak",
                        "columns": ["Jegytípus", "Ár (Ft)"],
                        "rows": [
                            ["Teljes árú", "4800"],
                            ["Kedvezményes", "2400"],
                            ["Családi (2 felnőtt + 2 gyerek)", "9600"],
                            ["26 év alatti és 70 év feletti uniós állampolgárok", "0"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>A felújítás összköltsége meghaladta a 40 milliárd forintot. A munkálatok az "
                    "eredetileg tervezettnél jóval tovább tartottak, részben azért, mert a bontás során a "
                    "vártnál súlyosabb szerkezeti károkat találtak a födémekben.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Látogatói információk",
                        "text": "<p>A nyitóhétvégén, december 12-én és 13-án ingyenes a belépés, de előzetes "
                        "időpontfoglalás szükséges. Ezt követően a múzeum keddtől vasárnapig 10 és 18 óra "
                        "között, csütörtökönként 20 óráig tart nyitva.</p>",
                    },
                ),
            ],
        },
    },
    {
        "key": "autumn-film-week-winner",
        "section": "culture",
        "original": "en",
        "days_ago": 2.5,
        "authors": ["hannah-whitfield"],
        "topics": ["arts", "danube"],
        "ai_generated": False,
        "hero": {
            "colour": "#2d1e2f",
            "label_en": "An audience in a historic cinema auditorium before a screening",
            "label_hu": "Közönség egy patinás moziteremben vetítés előtt",
            "credit": "Budapest Post / Ádám Tóth",
        },
        "corrections": [],
        "en": {
            "title": "Debut about a Danube ferry wins top prize at Budapest Autumn Film Week",
            "slug": "danube-ferry-debut-wins-budapest-autumn-film-week",
            "standfirst": "Dorottya Sipos's first feature, a quiet drama about the last ferryman on a stretch of "
            "the river, took the main award. The festival reported record attendance.",
            "body": [
                (
                    "paragraph",
                    "<p><i>The Last Crossing</i>, the first feature by the Hungarian director "
                    "Dorottya Sipos, won the main prize at the Budapest Autumn Film Week on Sunday. The film "
                    "follows an ageing ferryman on a rural stretch of the Danube whose crossing is about to be "
                    "made redundant by a new bridge, and the village that has grown up around his boat.</p>",
                ),
                (
                    "paragraph",
                    "<p>The jury, chaired by a Polish cinematographer, praised the film's “patience "
                    "and precision” and its portrait of a community facing change without melodrama. Shot over "
                    "four seasons with a largely non-professional cast, the film was made on a budget of less "
                    "than 300 million forints.</p>",
                ),
                (
                    "image",
                    {
                        "colour": "#4a3b2a",
                        "label_en": "A still from The Last Crossing showing a small ferry in the morning mist",
                        "label_hu": "Jelenet Az utolsó átkelés című filmből: kis komp a reggeli ködben",
                        "credit": "Budapest Post / Hannah Whitfield",
                        "caption": "The Last Crossing was filmed over four seasons in villages along the Danube "
                        "south of Budapest.",
                    },
                ),
                ("heading", {"text": "The other winners", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The prize for best director went to a Romanian filmmaker for a tense "
                    "courtroom drama set in Cluj, while the audience award was won by a Czech animated feature "
                    "about a family of beekeepers. A special mention went to a Slovak documentary about a "
                    "mining town's brass band.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Main awards",
                        "columns": ["Award", "Film", "Country"],
                        "rows": [
                            ["Grand Prix", "The Last Crossing", "Hungary"],
                            ["Best director", "The Hearing", "Romania"],
                            ["Audience award", "Honey and Smoke", "Czech Republic"],
                            ["Special mention", "Brass", "Slovakia"],
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": "I grew up next to a ferry like this one. When I heard it was going to close, I "
                        "realised a whole way of life would disappear without anyone writing it down.",
                        "attribution": "Dorottya Sipos, director",
                    },
                ),
                (
                    "paragraph",
                    "<p>Organisers said more than 42,000 tickets were sold over nine days, a record "
                    "for the festival, which screened 96 films in six cinemas across the city. Screenings at the "
                    "restored art deco cinema on the Grand Boulevard sold out within hours.</p>",
                ),
                (
                    "paragraph",
                    "<p>This year the festival ran a separate programme for secondary school students "
                    "for the first time: pupils could talk to film professionals and shoot a short study of "
                    "their own. Organisers said almost a third of the audience at screenings was under 25, an "
                    "unusually high share for a Hungarian festival.</p>",
                ),
                (
                    "paragraph",
                    "<p><i>The Last Crossing</i> will open in Hungarian cinemas in February, and its "
                    "producers say talks with international distributors are under way.</p>",
                ),
            ],
        },
        "hu": {
            "title": "Egy dunai kompról szóló elsőfilm nyerte a Budapesti Őszi Filmhét fődíját",
            "slug": "dunai-komprol-szolo-elsofilm-nyerte-az-oszi-filmhet-fodijat",
            "standfirst": "Sipos Dorottya első nagyjátékfilmje, egy csendes dráma a folyó egyik szakaszának "
            "utolsó révészéről, elnyerte a fődíjat. A fesztivál rekordszámú nézőt vonzott.",
            "body": [
                (
                    "paragraph",
                    "<p>Sipos Dorottya első nagyjátékfilmje, <i>Az utolsó átkelés</i> nyerte "
                    "vasárnap a Budapesti Őszi Filmhét fődíját. A film egy idősödő révészről szól, akinek a "
                    "kompját a Duna egyik vidéki szakaszán hamarosan egy új híd teszi fölöslegessé – és arról a "
                    "faluról, amely az évtizedek során a komp köré épült.</p>",
                ),
                (
                    "paragraph",
                    "<p>A zsűri, amelynek egy lengyel operatőr volt az elnöke, a film „türelmét és "
                    "pontosságát” dicsérte, valamint azt, hogy melodráma nélkül mutat be egy változással "
                    "szembenéző közösséget. A négy évszakon át forgatott, nagyrészt amatőr szereplőkkel készült "
                    "film költségvetése 300 millió forintnál is kevesebb volt.</p>",
                ),
                (
                    "image",
                    {
                        "colour": "#4a3b2a",
                        "label_en": "A still from The Last Crossing showing a small ferry in the morning mist",
                        "label_hu": "Jelenet Az utolsó átkelés című filmből: kis komp a reggeli ködben",
                        "credit": "Budapest Post / Hannah Whitfield",
                        "caption": "Az utolsó átkelést négy évszakon át forgatták Budapesttől délre, dunai "
                        "falvakban.",
                    },
                ),
                ("heading", {"text": "A többi díjazott", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A legjobb rendezés díját egy román filmes kapta egy Kolozsváron játszódó, "
                    "feszült tárgyalótermi drámáért, a közönségdíjat pedig egy méhészcsaládról szóló cseh "
                    "animációs film nyerte. Különdíjat kapott egy szlovák dokumentumfilm egy bányászváros "
                    "fúvószenekaráról.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "A fő díjak",
                        "columns": ["Díj", "Film", "Ország"],
                        "rows": [
                            ["Fődíj", "Az utolsó átkelés", "Magyarország"],
                            ["Legjobb rendezés", "A meghallgatás", "Románia"],
                            ["Közönségdíj", "Méz és füst", "Csehország"],
                            ["Különdíj", "Rezesbanda", "Szlovákia"],
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": "Egy ilyen komp mellett nőttem fel. Amikor meghallottam, hogy megszűnik, rájöttem, "
                        "hogy egy egész életforma tűnik el anélkül, hogy bárki lejegyezné.",
                        "attribution": "Sipos Dorottya, rendező",
                    },
                ),
                (
                    "paragraph",
                    "<p>A szervezők szerint a kilencnapos fesztiválon több mint 42 ezer jegy kelt el, "
                    "ami rekordnak számít; a város hat mozijában összesen 96 filmet vetítettek. A Nagykörúton "
                    "álló, felújított art deco moziban tartott vetítésekre órák alatt elfogytak a jegyek.</p>",
                ),
                (
                    "paragraph",
                    "<p>A fesztivál idén először szervezett külön programot középiskolásoknak: a diákok "
                    "filmes szakemberekkel beszélgethettek, és saját rövid etűdöt is forgathattak. A szervezők "
                    "szerint a vetítések közönségének csaknem harmada 25 év alatti volt, ami a hazai fesztiválok "
                    "között kiemelkedően magas arány.</p>",
                ),
                (
                    "paragraph",
                    "<p><i>Az utolsó átkelés</i> februárban kerül a hazai mozikba, a producerek "
                    "szerint pedig már nemzetközi forgalmazókkal is tárgyalnak.</p>",
                ),
            ],
        },
    },
    {
        "key": "liszt-academy-folyam-premiere",
        "section": "culture",
        "original": "hu",
        "days_ago": 22.0,
        "authors": ["hannah-whitfield"],
        "topics": ["arts", "danube"],
        "ai_generated": False,
        "hero": {
            "colour": "#40213a",
            "label_en": "An orchestra on stage in the gilded Grand Hall of the Liszt Academy",
            "label_hu": "Zenekar a Zeneakadémia aranyozott Nagytermének színpadán",
            "credit": "Budapest Post / Réka Simon",
        },
        "corrections": [],
        "en": {
            "title": "Liszt Academy premiere turns the sounds of the Danube into music",
            "slug": "liszt-academy-premiere-sounds-of-the-danube",
            "standfirst": "Bence Holló's Stream combines underwater recordings made in the river with a full "
            "symphony orchestra. The audience applauded the composer for several minutes.",
            "body": [
                (
                    "paragraph",
                    "<p>Bence Holló's orchestral work <i>Stream</i> was given its premiere before a "
                    "full house in the Grand Hall of the Liszt Academy on Saturday evening. The 34-year-old "
                    "composer spent two years on the piece, in which the orchestra is joined by recordings made "
                    "underwater in the Danube.</p>",
                ),
                (
                    "paragraph",
                    "<p>The recordings were made at twelve locations between Passau and the Iron "
                    "Gates. On them you can hear pebbles rolling along the riverbed, the hum of ship propellers "
                    "and the creaking of drifting ice. The composer plays these sounds through loudspeakers, "
                    "weaving them almost imperceptibly into the orchestral texture.</p>",
                ),
                (
                    "paragraph",
                    "<p>Making the recordings was an adventure in itself. Holló travelled the length of "
                    "the river with a small team of hydrologists and divers, sometimes leaving the microphones on "
                    "the riverbed for days to capture changes in shipping traffic and the weather. Two recorders "
                    "were lost to drifting ice during the winter.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "People think the river is silent. In fact the Danube never stops talking – you "
                        "just have to learn how to listen to it.",
                        "attribution": "Bence Holló, composer",
                    },
                ),
                ("heading", {"text": "Contemporary music, sold out", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Premieres of contemporary music rarely fill a concert hall, but tickets for "
                    "this one sold out weeks in advance. The organisers believe that was partly because "
                    "audiences could follow the making of the piece through short videos on social media, and "
                    "because several school groups attended the rehearsals.</p>",
                ),
                (
                    "paragraph",
                    "<p>Some critics felt the second half ran on too long, but most agreed that "
                    "<i>Stream</i> is one of the most original Hungarian orchestral works of recent years. It "
                    "was performed by a Budapest symphony orchestra under a young conductor who is herself a "
                    "graduate of the Liszt Academy.</p>",
                ),
                (
                    "paragraph",
                    "<p>The piece will be performed in Vienna and Belgrade in the spring, and the "
                    "composer is already at work on his next project, in which he hopes to capture the sounds of "
                    "the Tisza.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "About the piece",
                        "items": [
                            "Title: Stream (Hungarian: Folyam)",
                            "Duration: about 40 minutes",
                            "Recording locations: 12, from Passau to the Iron Gates",
                            "Next performances: Vienna and Belgrade, in the spring",
                        ],
                    },
                ),
            ],
        },
        "hu": {
            "title": "Ősbemutató a Zeneakadémián: zenekari mű született a Duna hangjaiból",
            "slug": "osbemutato-a-zeneakademian-zenekari-mu-a-duna-hangjaibol",
            "standfirst": "Holló Bence Folyam című darabja víz alatti mikrofonnal rögzített felvételeket ötvöz a "
            "szimfonikus zenekar hangzásával. A közönség hosszú percekig ünnepelte a szerzőt.",
            "body": [
                (
                    "paragraph",
                    "<p>Telt ház előtt mutatták be szombat este a Zeneakadémia Nagytermében Holló "
                    "Bence <i>Folyam</i> című zenekari művét. A 34 éves zeneszerző két évig dolgozott a "
                    "darabon, amelyben a zenekar mellett a Dunában, víz alatti mikrofonnal rögzített "
                    "hangfelvételek is megszólalnak.</p>",
                ),
                (
                    "paragraph",
                    "<p>A felvételek Passautól a Vaskapuig tizenkét helyszínen készültek: hallani "
                    "rajtuk a mederben görgetett kavicsok csörgését, a hajócsavarok zúgását és a zajló jég "
                    "recsegését. A szerző ezeket a hangokat hangszórókon keresztül szólaltatja meg, szinte "
                    "észrevétlenül beleszőve őket a zenekari szövetbe.</p>",
                ),
                (
                    "paragraph",
                    "<p>A felvételek elkészítése maga is kalandos vállalkozás volt. Holló Bence "
                    "hidrológusokból és búvárokból álló kis csapattal járta végig a folyót, a mikrofonokat "
                    "olykor napokig a mederben hagyták, hogy a hajóforgalom és az időjárás változásait is "
                    "rögzítsék. Télen két felvevőt is elsodort a zajló jég.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Az ember azt hinné, hogy a folyó csendes. Valójában a Duna sosem hallgat el, csak "
                        "meg kell tanulni figyelni rá.",
                        "attribution": "Holló Bence, zeneszerző",
                    },
                ),
                ("heading", {"text": "Kortárs zene, telt házzal", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Kortárs zenei ősbemutatóra ritkán telik meg a koncertterem, erre azonban "
                    "már hetekkel korábban elfogytak a jegyek. A szervezők szerint ebben az is szerepet "
                    "játszott, hogy a közönség rövid videókon a közösségi médiában követhette a mű születését, "
                    "és a próbákra több iskolai csoport is ellátogatott.</p>",
                ),
                (
                    "paragraph",
                    "<p>A kritikusok egy része szerint a darab második fele túlságosan hosszúra "
                    "nyúlt, a legtöbben azonban egyetértenek abban, hogy a <i>Folyam</i> az elmúlt évek egyik "
                    "legeredetibb magyar zenekari műve. A bemutatón egy budapesti szimfonikus zenekar játszott, "
                    "egy fiatal karmesternő vezényletével, aki maga is a Zeneakadémián végzett.</p>",
                ),
                (
                    "paragraph",
                    "<p>A művet tavasszal Bécsben és Belgrádban is előadják, a szerző pedig már a "
                    "következő darabján dolgozik, amelyben ezúttal a Tisza hangjait szeretné megörökíteni.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "A műről",
                        "items": [
                            "Cím: Folyam",
                            "Időtartam: mintegy 40 perc",
                            "Felvételi helyszínek: 12, Passautól a Vaskapuig",
                            "Következő előadások: tavasszal Bécsben és Belgrádban",
                        ],
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    # OPINION
    # ------------------------------------------------------------------------------------------------
    {
        "key": "column-cycling-budapest",
        "section": "opinion",
        "original": "hu",
        "days_ago": 3.5,
        "authors": ["eszter-varga"],
        "topics": ["public-transport", "city-hall", "climate"],
        "ai_generated": False,
        "hero": {
            "colour": "#35524a",
            "label_en": "Cyclists on a painted bike lane along the Grand Boulevard",
            "label_hu": "Kerékpárosok a Nagykörút felfestett kerékpársávján",
            "credit": "Budapest Post / Ádám Tóth",
        },
        "corrections": [],
        "en": {
            "title": "Cycling in Budapest is no longer heroic, but it isn't ordinary yet",
            "slug": "cycling-in-budapest-no-longer-heroic",
            "standfirst": "I have cycled to work for ten years. The city has changed a great deal since then, "
            "but today the biggest obstacle is not a lack of paint on the tarmac – it is the gaps between the "
            "lanes.",
            "body": [
                (
                    "paragraph",
                    "<p>Ten years ago, when I first cycled to the newsroom from Zugló, my friends "
                    "thought I was brave and my colleagues thought I was slightly mad. I weaved between buses "
                    "and taxis on the Grand Boulevard and tried to stay alive on Thököly út, squeezed between "
                    "the tram tracks and parked cars. Today I make most of the same journey on bike lanes, and "
                    "on some mornings I even queue at red lights – behind other cyclists.</p>",
                ),
                (
                    "paragraph",
                    "<p>That is a huge change, and it deserves to be said out loud. Budapest's cycle "
                    "network has grown considerably over the past decade, the public bike-sharing scheme has "
                    "been renewed, and counts show that the number of cyclists on the busiest routes has "
                    "doubled. The bicycle is no longer an eccentricity; it is simply one way of getting "
                    "around.</p>",
                ),
                (
                    "pull_quote",
                    {
                        "text": "The bicycle is no longer an eccentricity; it is simply one way of getting around.",
                    },
                ),
                ("heading", {"text": "Where the lane runs out", "level": "h2"}),
                (
                    "paragraph",
                    "<p>And yet anyone who cycles regularly knows that the network is weakest exactly "
                    "where it is needed most. Lanes often end abruptly at a bridgehead or just before a "
                    "junction, and in the narrow streets of the inner districts cars still set the rules. I "
                    "still would not let my own child cycle to school alone, even though we live only two "
                    "kilometres away.</p>",
                ),
                (
                    "paragraph",
                    "<p>The debate often sounds like a war between drivers and cyclists. But most "
                    "people in Budapest are both, at different times: they drive to visit their grandmother, "
                    "take the tram to work and cycle to the market. Well-designed cycling infrastructure does "
                    "not take space away from drivers; it frees space up for them. Every person on a bike is one "
                    "car fewer in the traffic jam.</p>",
                ),
                (
                    "paragraph",
                    "<p>So the next step should not be more eye-catching lanes, but joining up the "
                    "missing links: safe junctions, protected cycle paths on the bridges, and enough bike "
                    "parking at schools and workplaces. These projects are less photogenic, but they will decide "
                    "whether cycling in this city becomes something for everyone rather than for the brave.</p>",
                ),
            ],
        },
        "hu": {
            "title": "Biciklivel Budapesten: már nem hőstett, de még nem is magától értetődő",
            "slug": "biciklivel-budapesten-mar-nem-hostett",
            "standfirst": "Tíz éve járok kerékpárral dolgozni. A város azóta sokat változott, de ma már nem a "
            "felfestett sávok hiánya a legnagyobb akadály, hanem a sávok közötti hézagok.",
            "body": [
                (
                    "paragraph",
                    "<p>Tíz évvel ezelőtt, amikor először tekertem be Zuglóból a szerkesztőségbe, a "
                    "barátaim bátornak, a kollégáim kissé őrültnek tartottak. A Nagykörúton buszok és taxik "
                    "között cikáztam, a Thököly úton pedig a villamossínek és a parkoló autók közé szorulva "
                    "próbáltam életben maradni. Ma ugyanezt az utat nagyrészt kerékpársávon teszem meg, és "
                    "reggelente néha még sorba is kell állnom a piros lámpánál – más biciklisek mögött.</p>",
                ),
                (
                    "paragraph",
                    "<p>Ez óriási változás, és érdemes hangosan is kimondani. A budapesti "
                    "kerékpárút-hálózat az elmúlt évtizedben jelentősen bővült, a közbringarendszer megújult, a "
                    "legforgalmasabb útvonalakon pedig a forgalomszámlálások szerint megduplázódott a "
                    "kerékpárosok száma. A bicikli ma már nem különcség, hanem egyszerűen az egyik közlekedési "
                    "eszköz a sok közül.</p>",
                ),
                (
                    "pull_quote",
                    {
                        "text": "A bicikli ma már nem különcség, hanem egyszerűen az egyik közlekedési eszköz a "
                        "sok közül.",
                    },
                ),
                ("heading", {"text": "Ahol véget ér a sáv", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Aki rendszeresen biciklizik, mégis tudja: a hálózat éppen ott a "
                    "leggyengébb, ahol a legnagyobb szükség volna rá. A sávok gyakran váratlanul véget érnek egy "
                    "hídfőnél vagy egy kereszteződés előtt, a belső kerületek szűk utcáiban pedig továbbra is "
                    "az autók diktálnak. A saját gyerekemet például még mindig nem merném egyedül elengedni "
                    "biciklivel az iskolába, pedig mindössze két kilométerre lakunk tőle.</p>",
                ),
                (
                    "paragraph",
                    "<p>A vita sokszor úgy hangzik, mintha autósok és kerékpárosok háborúznának "
                    "egymással. Pedig a legtöbb budapesti hol ez, hol az: autóval megy a nagymamához, villamossal "
                    "dolgozni, biciklivel a piacra. A jól megtervezett kerékpáros infrastruktúra nem elvesz az "
                    "autósoktól, hanem helyet szabadít fel nekik: aki nyeregbe ül, eggyel kevesebb autóval "
                    "gyarapítja a dugót.</p>",
                ),
                (
                    "paragraph",
                    "<p>A következő lépés ezért nem újabb látványos sávok felfestése, hanem a "
                    "hiányzó láncszemek pótlása: biztonságos kereszteződések, védett kerékpárutak a hidakon, "
                    "elegendő biciklitároló az iskolák és a munkahelyek mellett. Ezek kevésbé fotogén "
                    "fejlesztések, de ezeken múlik, hogy a kerékpározás ebben a városban a bátrak helyett "
                    "végre mindenkié lesz-e.</p>",
                ),
            ],
        },
    },
    {
        "key": "column-bilingual-schooling",
        "section": "opinion",
        "original": "en",
        "days_ago": 8.0,
        "authors": ["hannah-whitfield"],
        "topics": ["education"],
        "ai_generated": False,
        "hero": {
            "colour": "#4f3b5c",
            "label_en": "Children's drawings labelled in English and Hungarian on a classroom wall",
            "label_hu": "Angol és magyar feliratos gyerekrajzok egy tanterem falán",
            "credit": "Budapest Post / Réka Simon",
        },
        "corrections": [],
        "en": {
            "title": "My children dream in two languages. Our schools should make that easier",
            "slug": "my-children-dream-in-two-languages",
            "standfirst": "Raising children between English and Hungarian has taught me that bilingualism is "
            "not a luxury. It is a skill that Hungarian state schools could nurture far better.",
            "body": [
                (
                    "paragraph",
                    "<p>My nine-year-old daughter recently told me that she argues with her brother "
                    "in Hungarian but apologises to him in English. I have no idea why. Like thousands of "
                    "children in Budapest who grow up with one Hungarian parent and one foreign one, or with "
                    "parents who moved here for work, she switches between two languages dozens of times a day, "
                    "usually without noticing.</p>",
                ),
                (
                    "paragraph",
                    "<p>When we arrived, I assumed that raising bilingual children would be the easy "
                    "part. It has turned out to be one of the most rewarding and most exhausting things I have "
                    "ever done. Keeping a language alive at home is relatively simple. Teaching a child to read, "
                    "write and think in it at school level is another matter entirely.</p>",
                ),
                ("heading", {"text": "A choice between two worlds", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Families like ours face a stark choice. International schools teach in "
                    "English but can cost several million forints a year, and children often leave them unable "
                    "to write Hungarian with confidence. State schools give an excellent grounding in the "
                    "national curriculum, but most offer English only as a foreign language, a few hours a week, "
                    "pitched at beginners.</p>",
                ),
                (
                    "paragraph",
                    "<p>There are exceptions. A small number of state schools run bilingual "
                    "programmes in which subjects such as history, geography or science are taught partly in "
                    "English, and places in them are fiercely contested. Teachers I have spoken to at these "
                    "schools say they could fill their classes twice over.</p>",
                ),
                (
                    "pull_quote",
                    {
                        "text": "Bilingualism is not a luxury. It is a skill, and like any skill it withers without "
                        "practice.",
                    },
                ),
                (
                    "paragraph",
                    "<p>I am not asking for special treatment for foreigners. Hungarian children who "
                    "hear no English at home benefit from bilingual teaching too, and research consistently "
                    "suggests that learning through two languages strengthens the first language rather than "
                    "weakening it. What is needed is more trained teachers, more schools offering such "
                    "programmes outside the most sought-after districts, and assessment that gives credit to "
                    "children who already speak a second language well.</p>",
                ),
                (
                    "paragraph",
                    "<p>My children will grow up as Hungarians who happen to speak English, or as "
                    "English speakers who happen to be Hungarian – I am not sure which, and I am not sure it "
                    "matters. What matters is that the school system treats their two languages as an asset to "
                    "build on, not a complication to be managed.</p>",
                ),
            ],
        },
        "hu": {
            "title": "A gyerekeim két nyelven álmodnak. Az iskoláknak ezt kellene megkönnyíteniük",
            "slug": "a-gyerekeim-ket-nyelven-almodnak",
            "standfirst": "Angol és magyar között nevelni a gyerekeimet megtanított arra, hogy a kétnyelvűség nem "
            "luxus. Olyan képesség, amelyet az állami iskolák sokkal jobban is támogathatnának.",
            "body": [
                (
                    "paragraph",
                    "<p>A kilencéves lányom nemrég elárulta, hogy az öccsével magyarul veszekszik, de "
                    "angolul kér tőle bocsánatot. Fogalmam sincs, miért. Budapesten gyerekek ezrei nőnek fel "
                    "úgy, mint ő: az egyik szülőjük magyar, a másik külföldi, vagy a szüleik munka miatt "
                    "költöztek ide. Naponta több tucatszor váltanak a két nyelv között, többnyire anélkül, hogy "
                    "észrevennék.</p>",
                ),
                (
                    "paragraph",
                    "<p>Amikor ideköltöztünk, azt hittem, a kétnyelvű nevelés lesz a könnyebbik "
                    "rész. Kiderült, hogy ez az egyik legszebb és egyben legkimerítőbb dolog, amibe valaha "
                    "belevágtam. Egy nyelvet otthon életben tartani viszonylag egyszerű. Megtanítani a gyereket "
                    "arra, hogy iskolai szinten olvasson, írjon és gondolkodjon rajta – az egészen más "
                    "kérdés.</p>",
                ),
                ("heading", {"text": "Választás két világ között", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A hozzánk hasonló családok nehéz választás előtt állnak. A nemzetközi "
                    "iskolák angolul tanítanak, de évente akár több millió forintba is kerülhetnek, a gyerekek "
                    "pedig gyakran úgy kerülnek ki onnan, hogy magyarul nem írnak magabiztosan. Az állami "
                    "iskolák kiváló alapot adnak a nemzeti alaptanterv szerint, a legtöbb azonban csak idegen "
                    "nyelvként, heti néhány órában, kezdő szinten tanítja az angolt.</p>",
                ),
                (
                    "paragraph",
                    "<p>Vannak kivételek. Néhány állami iskola két tanítási nyelvű programot "
                    "működtet, amelyben a történelmet, a földrajzot vagy a természettudományokat részben angolul "
                    "tanítják, és ezekre a helyekre óriási a túljelentkezés. Az ott tanító pedagógusok, akikkel "
                    "beszéltem, azt mondják, kétszer is meg tudnák tölteni az osztályaikat.</p>",
                ),
                (
                    "pull_quote",
                    {
                        "text": "A kétnyelvűség nem luxus, hanem képesség – és mint minden képesség, gyakorlás "
                        "nélkül elsorvad.",
                    },
                ),
                (
                    "paragraph",
                    "<p>Nem kérek különbánásmódot a külföldieknek. A két tanítási nyelvű oktatásból "
                    "azok a magyar gyerekek is profitálnak, akik otthon egyáltalán nem hallanak angol szót, és a "
                    "kutatások rendre azt mutatják, hogy a két nyelven folyó tanulás nem gyengíti, hanem "
                    "erősíti az anyanyelvet. Több képzett tanárra volna szükség, több ilyen programra a "
                    "legkeresettebb kerületeken kívül is, és olyan értékelésre, amely elismeri, ha egy gyerek "
                    "már jól beszél egy második nyelvet.</p>",
                ),
                (
                    "paragraph",
                    "<p>A gyerekeimből vagy olyan magyarok lesznek, akik történetesen angolul is "
                    "beszélnek, vagy olyan angol anyanyelvűek, akik történetesen magyarok – nem tudom, melyik, "
                    "és nem is biztos, hogy ez számít. Az számít, hogy az iskolarendszer a két nyelvüket olyan "
                    "kincsnek tekintse, amelyre építeni lehet, ne pedig bonyodalomnak, amelyet kezelni "
                    "kell.</p>",
                ),
            ],
        },
    },
    {
        "key": "column-embankment-pedestrians",
        "section": "opinion",
        "original": "hu",
        "days_ago": 36.0,
        "authors": ["zsofia-molnar"],
        "topics": ["danube", "city-hall"],
        "ai_generated": False,
        "hero": {
            "colour": "#2c4a52",
            "label_en": "People walking along the lower Pest embankment on a car-free day",
            "label_hu": "Sétálók a pesti alsó rakparton egy autómentes napon",
            "credit": "Budapest Post / Ádám Tóth",
        },
        "corrections": [],
        "en": {
            "title": "Give the embankment back to pedestrians – and not just on summer weekends",
            "slug": "give-the-embankment-back-to-pedestrians",
            "standfirst": "Closing Pest's lower embankment to cars in summer grows more popular every year. It is "
            "time for the city to say it plainly: the riverside is not a motorway but our shared living "
            "room.",
            "body": [
                (
                    "paragraph",
                    "<p>As a hydrologist, I have spent most of my working life beside the Danube: "
                    "measuring its levels, following its flood waves and walking its banks from Devín to "
                    "Mohács. Yet my most personal memory of the river is of a summer Sunday when I walked "
                    "barefoot along the lower embankment in Pest, where the cars usually run, with the tarmac "
                    "still warm under my feet.</p>",
                ),
                (
                    "paragraph",
                    "<p>Closing the lower embankment to traffic on summer weekends has, within a few "
                    "years, become one of the most popular things to do in the city. Families cycle, older "
                    "people sit on the steps, children draw on the road in chalk. It is on days like these that "
                    "you see how badly Budapest lacks a continuous public space by the water.</p>",
                ),
                (
                    "pull_quote",
                    {
                        "text": "The riverside is not a motorway but the city's shared living room.",
                    },
                ),
                ("heading", {"text": "Traffic adapts", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Opponents of the closure argue that without the lower embankment, traffic in "
                    "the city centre would collapse. Experience suggests otherwise: during the summer closures "
                    "there has been no lasting chaos on the surrounding roads, because some drivers choose a "
                    "different route, a different time or a different way of travelling. Transport planners "
                    "have long known this: when road capacity shrinks, part of the traffic simply "
                    "disappears.</p>",
                ),
                (
                    "paragraph",
                    "<p>I do not think the embankment should be closed for good overnight. The city "
                    "could proceed gradually and carefully, starting by making the stretch between the Chain "
                    "Bridge and Elisabeth Bridge permanently car-free while keeping access for buses and "
                    "ambulances. Meanwhile, it should plant trees, create shade and choose surfaces that are "
                    "easy to clean after a flood.</p>",
                ),
                (
                    "paragraph",
                    "<p>Because the Danube sometimes takes back what belongs to it, as anyone who has "
                    "seen the embankment under water knows. That is exactly why riverside spaces must be "
                    "designed to withstand flooding. This is not an obstacle but an opportunity: many European "
                    "cities, from Lyon to Bordeaux, have shown that a quayside can be both a flood zone and the "
                    "city's favourite promenade.</p>",
                ),
                (
                    "paragraph",
                    "<p>Budapest owes its most beautiful face to the Danube. It is time we stopped "
                    "admiring the river only from the bridges and on postcards, and walked down to meet it.</p>",
                ),
            ],
        },
        "hu": {
            "title": "Adjuk vissza a rakpartot a gyalogosoknak – ne csak nyári hétvégéken",
            "slug": "adjuk-vissza-a-rakpartot-a-gyalogosoknak",
            "standfirst": "A pesti alsó rakpart nyári lezárása évről évre népszerűbb. Itt az ideje, hogy a város "
            "kimondja: a Duna-part nem autópálya, hanem a közös nappalink.",
            "body": [
                (
                    "paragraph",
                    "<p>Hidrológusként pályám nagy részét a Duna mellett töltöttem: mértem a "
                    "vízállását, figyeltem az árhullámait, jártam a partjait Dévénytől Mohácsig. A folyóval "
                    "kapcsolatos legszemélyesebb emlékem mégis egy nyári vasárnaphoz kötődik, amikor mezítláb "
                    "sétáltam a pesti alsó rakparton, ott, ahol egyébként autók járnak, és a talpam alatt még "
                    "meleg volt az aszfalt.</p>",
                ),
                (
                    "paragraph",
                    "<p>Az alsó rakpart nyári hétvégi lezárása néhány év alatt a város egyik "
                    "legnépszerűbb programjává vált. Családok bicikliznek, idősek ülnek a lépcsőn, gyerekek "
                    "rajzolnak krétával az úttestre. Ilyenkor látszik igazán, mennyire hiányzik Budapestnek egy "
                    "összefüggő, vízparti közösségi tér.</p>",
                ),
                (
                    "pull_quote",
                    {
                        "text": "A Duna-part nem autópálya, hanem a város közös nappalija.",
                    },
                ),
                ("heading", {"text": "A forgalom alkalmazkodik", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A lezárás ellenzői azzal érvelnek, hogy az alsó rakpart nélkül összeomlana a "
                    "belvárosi forgalom. A tapasztalatok mást mutatnak: a nyári lezárások idején a környező "
                    "utakon nem alakult ki tartós káosz, mert az autósok egy része más útvonalat, más időpontot "
                    "vagy más közlekedési módot választott. A közlekedéstervezők ezt régóta tudják: ha csökken "
                    "az úthálózat kapacitása, a forgalom egy része egyszerűen eltűnik.</p>",
                ),
                (
                    "paragraph",
                    "<p>Nem gondolom, hogy a rakpartot egyik napról a másikra végleg le kellene "
                    "zárni. Fokozatosan, alaposan előkészítve lehetne haladni: először a Lánchíd és az Erzsébet "
                    "híd közötti szakaszt tenni véglegesen autómentessé, a buszoknak és a mentőknek pedig "
                    "továbbra is utat hagyni. Közben fákat kellene ültetni, árnyékot teremteni, és olyan "
                    "burkolatot választani, amelyet egy árvíz után könnyű megtisztítani.</p>",
                ),
                (
                    "paragraph",
                    "<p>Mert a Duna időnként visszaveszi, ami az övé – ezt mindenki tudja, aki látta "
                    "már víz alatt a rakpartot. A folyóparti tereket éppen ezért úgy kell megtervezni, hogy "
                    "elviseljék az áradást. Ez nem akadály, hanem lehetőség: Európa számos városa Lyontól "
                    "Bordeaux-ig bebizonyította, hogy a rakpart lehet egyszerre árvízvédelmi terület és a város "
                    "legkedveltebb sétánya.</p>",
                ),
                (
                    "paragraph",
                    "<p>Budapest a Dunától kapta a legszebb arcát. Ideje, hogy ne csak a hidakról és "
                    "a képeslapokról csodáljuk a folyót, hanem le is sétáljunk hozzá.</p>",
                ),
            ],
        },
    },
]
