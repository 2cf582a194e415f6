"""Inflected Hungarian forms of words a news story uses, each under its base word (dictionary form).

Written out by hand, not generated, so vowel harmony and assimilation are real Hungarian: elative
-ból/-ből, delative -ról/-ről, ablative -tól/-től, adessive -nál/-nél, causal -ért, essive -ként,
translative -vá/-vé (assimilated: "kormánnyá", "pénzzé"), plurals and possessives (alone and with a case
ending, "adataiból"). A reader typing the base word, with or without its accents, must find each.
"""

FORMS = {
    "adat": ["adatból", "adatról", "adattól", "adatnál", "adatért", "adatként", "adattá", "adatok", "adatai", "adataiból", "adatairól"],
    "alapkamat": ["alapkamatból", "alapkamatról", "alapkamattól", "alapkamatnál", "alapkamatért", "alapkamatként", "alapkamattá", "alapkamatok", "alapkamata"],
    "kormány": ["kormányból", "kormányról", "kormánytól", "kormánynál", "kormányért", "kormányként", "kormánnyá", "kormányok", "kormánya", "kormányunk"],
    "választás": ["választásból", "választásról", "választástól", "választásnál", "választásért", "választásként", "választássá", "választások", "választása", "választásaink"],
    "piac": ["piacból", "piacról", "piactól", "piacnál", "piacért", "piacként", "piaccá", "piacok", "piaca", "piacaink"],
    "város": ["városból", "városról", "várostól", "városnál", "városért", "városként", "várossá", "városok", "városa", "városunk"],
    "tanár": ["tanárból", "tanárról", "tanártól", "tanárnál", "tanárért", "tanárként", "tanárrá", "tanárok", "tanára", "tanáraink"],
    "miniszter": ["miniszterből", "miniszterről", "minisztertől", "miniszternél", "miniszterért", "miniszterként", "miniszterré", "miniszterek", "minisztere", "minisztereink"],
    "egyetem": ["egyetemből", "egyetemről", "egyetemtől", "egyetemnél", "egyetemért", "egyetemként", "egyetemmé", "egyetemek", "egyeteme", "egyetemünk"],
    "törvény": ["törvényből", "törvényről", "törvénytől", "törvénynél", "törvényért", "törvényként", "törvénnyé", "törvények", "törvénye", "törvényeink"],
    "kórház": ["kórházból", "kórházról", "kórháztól", "kórháznál", "kórházért", "kórházként", "kórházzá", "kórházak", "kórháza", "kórházaink"],
    "bíróság": ["bíróságból", "bíróságról", "bíróságtól", "bíróságnál", "bíróságért", "bíróságként", "bírósággá", "bíróságok", "bírósága"],
    "költségvetés": ["költségvetésből", "költségvetésről", "költségvetéstől", "költségvetésnél", "költségvetésért", "költségvetésként", "költségvetéssé", "költségvetések", "költségvetése"],
    "vállalat": ["vállalatból", "vállalatról", "vállalattól", "vállalatnál", "vállalatért", "vállalatként", "vállalattá", "vállalatok", "vállalata", "vállalataink"],
    "önkormányzat": ["önkormányzatból", "önkormányzatról", "önkormányzattól", "önkormányzatnál", "önkormányzatért", "önkormányzatként", "önkormányzattá", "önkormányzatok", "önkormányzata"],
    "forint": ["forintból", "forintról", "forinttól", "forintnál", "forintért", "forintként", "forinttá", "forintok", "forintja"],
    "beruházás": ["beruházásból", "beruházásról", "beruházástól", "beruházásnál", "beruházásért", "beruházásként", "beruházássá", "beruházások", "beruházása"],
    "szerződés": ["szerződésből", "szerződésről", "szerződéstől", "szerződésnél", "szerződésért", "szerződésként", "szerződéssé", "szerződések", "szerződése"],
    "pénz": ["pénzből", "pénzről", "pénztől", "pénznél", "pénzért", "pénzként", "pénzzé", "pénzek", "pénze"],
    "lakás": ["lakásból", "lakásról", "lakástól", "lakásnál", "lakásért", "lakásként", "lakássá", "lakások", "lakása"],
    "munkahely": ["munkahelyből", "munkahelyről", "munkahelytől", "munkahelynél", "munkahelyért", "munkahelyként", "munkahellyé", "munkahelyek", "munkahelye"],
    "ügyész": ["ügyészből", "ügyészről", "ügyésztől", "ügyésznél", "ügyészért", "ügyészként", "ügyésszé", "ügyészek", "ügyésze"],
    "rendőrség": ["rendőrségből", "rendőrségről", "rendőrségtől", "rendőrségnél", "rendőrségért", "rendőrségként", "rendőrséggé", "rendőrségek", "rendőrsége"],
    "kerület": ["kerületből", "kerületről", "kerülettől", "kerületnél", "kerületért", "kerületként", "kerületté", "kerületek", "kerülete"],
    "főváros": ["fővárosból", "fővárosról", "fővárostól", "fővárosnál", "fővárosért", "fővárosként", "fővárossá", "fővárosok", "fővárosa"],
    "nyugdíj": ["nyugdíjból", "nyugdíjról", "nyugdíjtól", "nyugdíjnál", "nyugdíjért", "nyugdíjként", "nyugdíjjá", "nyugdíjak", "nyugdíja"],
    "szövetség": ["szövetségből", "szövetségről", "szövetségtől", "szövetségnél", "szövetségért", "szövetségként", "szövetséggé", "szövetségek", "szövetsége"],
}
