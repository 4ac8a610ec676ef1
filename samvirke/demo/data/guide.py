"""Holstebro's guide in the demo: translations written by hand (reviewed), one machine draft and one
outdated translation so the translators' queue has work, need assignments and the guide's own texts."""

# slug → language → field → text (reviewed translations of the current Danish source).
TRANSLATIONS = {
    "sprogcafeen": {
        "ar": {
            "title": "مقهى اللغة",
            "summary": "مقهى لغة تتدرّب فيه على اللغة الدنماركية في جوّ مريح مع متطوعين.",
            "description": "في مقهى اللغة يلتقي سكان هولستيبرو الجدد والقدامى على فنجان قهوة ويتدرّبون على "
            "اللغة الدنماركية. يساعد المتطوعون في النطق وفي فهم رسائل البلدية والدنماركية اليومية. جميع "
            "المستويات مرحّب بها، ولا حاجة إلى التسجيل.",
        },
        "uk": {
            "title": "Мовне кафе",
            "summary": "Мовне кафе, де ви практикуєте данську мову в затишній атмосфері з волонтерами.",
        },
        "en": {
            "title": "The Language Café",
            "summary": "A language café where you practise Danish with volunteers in a relaxed setting.",
            "description": "At the Language Café, new and long-time residents of Holstebro meet over a cup of "
            "coffee and practise Danish. Volunteers help with pronunciation, letters from the municipality and "
            "everyday Danish. All levels are welcome, and you do not need to sign up.",
        },
        "so": {
            "title": "Maqaaxida Luqadda",
            "summary": "Maqaaxi luqadeed oo aad ku barato afka Deenishka jawi raaxo leh, adigoo la jooga mutadawiciin.",
        },
        "ti": {"title": "ካፈ ቋንቋ", "summary": "ምስ ወለንተኛታት ኣብ ምቹእ ሃዋህው ዴንማርክኛ እትለማመደሉ ካፈ ቋንቋ።"},
        "fa": {
            "title": "کافهٔ زبان",
            "summary": "کافهٔ زبانی که در آن در فضایی دوستانه همراه با داوطلبان، دانمارکی تمرین می‌کنید.",
        },
    },
    "lektiehjaelp-biblioteket": {
        "ar": {
            "title": "مساعدة في الواجبات المدرسية في المكتبة",
            "summary": "مساعدة مجانية في الواجبات المدرسية لتلاميذ المدارس بعد انتهاء الدوام المدرسي.",
            "description": "يقدّم طلاب جامعيون ومتقاعدون متطوعون المساعدة في الواجبات المدرسية في اللغة "
            "الدنماركية والرياضيات والإنجليزية. يمكن للوالدين الجلوس مع أطفالهم. مقهى الواجبات مخصّص لتلاميذ "
            "الصفوف من الثالث إلى العاشر.",
        },
        "uk": {
            "title": "Допомога з домашніми завданнями в бібліотеці",
            "summary": "Безкоштовна допомога з домашніми завданнями для школярів після уроків.",
        },
        "en": {
            "title": "Homework help at the library",
            "summary": "Free homework help for schoolchildren, right after school.",
        },
        "so": {
            "title": "Caawinta casharrada guriga ee maktabadda",
            "summary": "Caawimo bilaash ah oo casharrada guriga ah oo loogu talagalay ardayda dugsiga, kadib marka "
            "dugsigu dhammaado.",
        },
        "ti": {
            "title": "ሓገዝ ዕዮ-ገዛ ኣብ ቤት መጻሕፍቲ",
            "summary": "ድሕሪ ትምህርቲ ንተማሃሮ ቤት ትምህርቲ ብነጻ ዝወሃብ ሓገዝ ዕዮ-ገዛ።",
        },
        "fa": {
            "title": "کمک در انجام تکالیف در کتابخانه",
            "summary": "کمک رایگان در انجام تکالیف برای دانش‌آموزان، بلافاصله بعد از مدرسه.",
        },
    },
    "kvindernes-cykelkursus": {
        "ar": {
            "title": "دورة تعلّم ركوب الدراجة للنساء",
            "summary": "تعلّمي ركوب الدراجة بأمان في حركة المرور – دورة للنساء فقط.",
            "description": "تعلّم شبكة النساء النساءَ البالغات ركوب الدراجة، من أول دورة للدواسات إلى قواعد "
            "المرور وركوب الدراجة في المدينة. تُعار الدراجات والخوذ. تنتهي الدورة برحلة إلى نهر ستورو.",
            "registration_info": "اكتبي إلى شبكة النساء (Kvindernes Netværk)",
        },
        "uk": {
            "title": "Курс їзди на велосипеді для жінок",
            "summary": "Навчіться безпечно їздити на велосипеді серед міського руху – курс лише для жінок.",
        },
        "en": {
            "title": "Cycling course for women",
            "summary": "Learn to cycle safely in traffic – a course for women only.",
            "registration_info": "Write to Kvindernes Netværk (the Women's Network)",
        },
        "so": {
            "title": "Koorsada baaskiil-wadidda ee haweenka",
            "summary": "Baro inaad si ammaan ah baaskiil ugu wadato waddooyinka – koorso haweenka oo keliya loogu "
            "talagalay.",
        },
        "ti": {
            "title": "ኮርስ ብሽክለታ ንደቂ ኣንስትዮ",
            "summary": "ኣብ ትራፊክ ብውሑስ ብሽክለታ ምዝዋር ተማሃሪ – ንደቂ ኣንስትዮ ጥራይ ዝኸውን ኮርስ።",
        },
        "fa": {
            "title": "دورهٔ دوچرخه‌سواری برای زنان",
            "summary": "دوچرخه‌سواری امن در ترافیک را یاد بگیرید – دوره‌ای فقط برای زنان.",
        },
    },
    "danskuddannelse": {
        "ar": {
            "title": "تعليم اللغة الدنماركية في مركز اللغة في هولستيبرو",
            "summary": "اللغة الدنماركية للبالغين في صفوف نهارية ومسائية.",
            "price": "تأمين قدره 2000 كرونة لمن يعيلون أنفسهم",
            "registration_info": "بإحالة من البلدية أو بالتسجيل في مركز اللغة",
        },
        "uk": {
            "title": "Вивчення данської мови в мовному центрі Гольстебро",
            "summary": "Данська мова для дорослих у денних і вечірніх групах.",
            "price": "Депозит 2000 крон для тих, хто забезпечує себе сам",
        },
        "en": {
            "title": "Danish classes at Sprogcenter Holstebro",
            "summary": "Danish for adults in day and evening classes.",
            "price": "2,000 kr. deposit for self-supporting students",
            "registration_info": "Referral from the municipality, or sign up at the language centre",
        },
        "so": {
            "title": "Barashada afka Deenishka ee Xarunta Luqadda Holstebro",
            "summary": "Af Deenish oo loogu talagalay dadka waaweyn, fasallo maalin iyo fiid ah.",
        },
    },
    "sundhed-paa-dit-sprog": {
        "ar": {
            "title": "الصحة بلغتك",
            "summary": "أمسيات معلومات عن الصحة والتغذية وزيارة الطبيب – مع مترجم.",
        },
        "uk": {
            "title": "Здоров'я вашою мовою",
            "summary": "Інформаційні вечори про здоров'я, харчування та візити до лікаря – з перекладачем.",
        },
        "en": {
            "title": "Health in your language",
            "summary": "Information evenings on health, food and visiting the doctor – with an interpreter.",
        },
        "ti": {"title": "ጥዕና ብቋንቋኻ", "summary": "ብዛዕባ ጥዕና፣ መግብን ምብጻሕ ሓኪምን ዝገልጹ ምሸታት ሓበሬታ – ምስ ተርጓሚ።"},
    },
    "ukrainsk-netvaerk": {
        "ar": {
            "title": "مقهى الشبكة الأوكرانية",
            "summary": "مكان لقاء للأوكرانيين في هولستيبرو بالدنماركية والأوكرانية.",
        },
        "uk": {
            "title": "Українське кафе-спільнота",
            "summary": "Місце зустрічі для українців у Гольстебро – данською та українською.",
            "description": "Українські родини зустрічаються з волонтерами, щоб обмінятися досвідом щодо роботи, "
            "школи та житла. Діти граються, поки дорослі розмовляють.",
        },
        "en": {
            "title": "Ukrainian network café",
            "summary": "A meeting place for Ukrainians in Holstebro, in Danish and Ukrainian.",
        },
    },
    "jobcafe": {
        "ar": {
            "title": "مقهى العمل",
            "summary": "احصل على مساعدة في السيرة الذاتية وطلبات العمل والبحث عن وظيفة.",
        },
        "uk": {"title": "Кафе пошуку роботи", "summary": "Допомога з резюме, заявою та пошуком роботи."},
        "en": {"title": "The Job Café", "summary": "Get help with your CV, applications and job search."},
    },
    "fodbold-for-alle": {
        "ar": {"title": "كرة القدم لجميع الشباب"},
        "en": {
            "title": "Football for all young people",
            "summary": "Free football training for young people aged 12–18, no experience needed.",
        },
        "fa": {
            "title": "فوتبال برای همهٔ جوانان",
            "summary": "تمرین رایگان فوتبال برای جوانان 12 تا 18 ساله، بدون نیاز به تجربه.",
        },
    },
    "it-for-nye-borgere": {
        "ar": {
            "title": "الحاسوب للمقيمين الجدد: MitID وe-Boks",
            "summary": "دورة في MitID وe-Boks وموقع borger.dk.",
            "registration_info": "التسجيل في المكتبة",
        },
        "uk": {
            "title": "Комп'ютерна грамотність для новоприбулих: MitID та e-Boks",
            "summary": "Курс із MitID, e-Boks та borger.dk.",
        },
        "en": {
            "title": "IT for new residents: MitID and e-Boks",
            "summary": "A course in MitID, e-Boks and borger.dk.",
            "registration_info": "Sign up at the library",
        },
    },
    "moedregruppe": {
        "ar": {
            "title": "مجموعة الأمهات الدوليات",
            "summary": "تعرّفي على أمهات أخريات لديهن أطفال صغار واحصلي على نصائح الممرضة الصحية.",
        },
        "uk": {
            "title": "Група для мам з різних країн",
            "summary": "Зустрічайтеся з іншими мамами маленьких дітей і отримуйте поради патронажної медсестри.",
        },
        "en": {
            "title": "Group for international mothers",
            "summary": "Meet other mothers with small children and get advice from the health visitor.",
        },
        "so": {
            "title": "Kooxda hooyooyinka caalamiga ah",
            "summary": "La kulan hooyooyin kale oo leh carruur yaryar, oo hel talooyinka kalkaalisada caafimaadka.",
        },
    },
}

# A machine draft waiting for review (what a LibreTranslate run would leave).
MACHINE_DRAFTS = {
    ("jobcafe", "so", "title"): "Maqaaxida Shaqada",
    ("jobcafe", "so", "summary"): "Hel caawimo CV, codsi iyo raadinta shaqo.",
}

# An Arabic translation made before the age range changed from 12–17 to 12–18: outdated.
OUTDATED = {
    ("fodbold-for-alle", "ar", "summary"): (
        "Gratis fodboldtræning for unge 12–17 år, ingen erfaring nødvendig.",
        "تدريب مجاني على كرة القدم للشباب من 12 إلى 17 سنة، لا حاجة إلى خبرة سابقة.",
    )
}

NEEDS = {
    "sprogcafeen": ["learn-language", "meet-people"],
    "lektiehjaelp-biblioteket": ["children-school"],
    "kvindernes-cykelkursus": ["leisure-sport", "meet-people"],
    "danskuddannelse": ["learn-language", "work"],
    "sundhed-paa-dit-sprog": ["health"],
    "ukrainsk-netvaerk": ["meet-people", "practical-help"],
}

# kind, need → Danish source and its translations.
GUIDE_TEXTS = {
    ("intro", ""): {
        "da": {
            "title": "Velkommen til Holstebro",
            "body": "Her finder du aktiviteter for nye borgere i Holstebro: sprog, arbejde, børn og skole, "
            "sundhed, fritid og fællesskab. De fleste er gratis, og mange har frivillige, der taler dit sprog.",
        },
        "ar": {
            "title": "أهلًا بك في هولستيبرو",
            "body": "هنا تجد أنشطة للمقيمين الجدد في هولستيبرو: اللغة والعمل والأطفال والمدرسة والصحة والترفيه "
            "والتعارف. معظمها مجاني، وفي كثير منها متطوعون يتحدثون لغتك.",
        },
        "uk": {
            "title": "Ласкаво просимо до Гольстебро",
            "body": "Тут ви знайдете заходи для новоприбулих у Гольстебро: мова, робота, діти та школа, здоров'я, "
            "дозвілля та спільнота. Більшість із них безкоштовні, і в багатьох є волонтери, які говорять вашою "
            "мовою.",
        },
        "en": {
            "title": "Welcome to Holstebro",
            "body": "Here you will find activities for new residents of Holstebro: language, work, children and "
            "school, health, leisure and community. Most are free, and many have volunteers who speak your "
            "language.",
        },
        "so": {
            "title": "Ku soo dhawoow Holstebro",
            "body": "Halkan waxaad ka heli doontaa hawlo loogu talagalay dadka cusub ee Holstebro: luqadda, "
            "shaqada, carruurta iyo dugsiga, caafimaadka, madadaalada iyo bulshada. Intooda badan waa bilaash, "
            "qaar badanna waxaa jooga mutadawiciin ku hadla luqaddaada.",
        },
        "ti": {
            "title": "እንቋዕ ናብ ሆልስተብሮ ብደሓን መጻእኩም",
            "body": "ኣብዚ ንሓደሽቲ ነበርቲ ሆልስተብሮ ዝኾኑ ንጥፈታት ክትረኽቡ ኢኹም፦ ቋንቋ፣ ስራሕ፣ ቆልዑን ቤት ትምህርትን፣ "
            "ጥዕና፣ ናጻ ግዜን ሕብረተሰብን። መብዛሕትኦም ብነጻ እዮም፣ ኣብ ብዙሓት ድማ ብቋንቋኹም ዝዛረቡ ወለንተኛታት ኣለዉ።",
        },
        "fa": {
            "title": "به هولستبرو خوش آمدید",
            "body": "اینجا فعالیت‌هایی برای تازه‌واردان هولستبرو پیدا می‌کنید: زبان، کار، کودکان و مدرسه، سلامت، "
            "اوقات فراغت و اجتماع. بیشتر آن‌ها رایگان هستند و در بسیاری از آن‌ها داوطلبانی هستند که به زبان شما "
            "صحبت می‌کنند.",
        },
    },
    ("how_to_use", ""): {
        "da": {
            "title": "Sådan bruger du guiden",
            "body": "Vælg et behov, og se aktiviteterne. Tryk på en aktivitet for at se, hvornår og hvor den "
            "foregår. Du kan lægge den i din kalender eller skrive siden ud.",
        },
        "ar": {
            "title": "كيف تستخدم الدليل",
            "body": "اختر حاجة وشاهد الأنشطة. اضغط على نشاط لترى متى وأين يقام. يمكنك إضافته إلى تقويمك أو طباعة "
            "الصفحة.",
        },
        "en": {
            "title": "How to use the guide",
            "body": "Choose a need and see the activities. Tap an activity to see when and where it takes place. "
            "You can add it to your calendar or print the page.",
        },
    },
    ("need_intro", "learn-language"): {
        "da": {
            "title": "",
            "body": "Dansk er nøglen til arbejde og fællesskab. Her er danskuddannelsen og steder, hvor du kan "
            "øve dansk sammen med andre.",
        },
        "ar": {
            "body": "اللغة الدنماركية هي مفتاح العمل والتواصل مع الناس. هنا تجد تعليم اللغة الدنماركية وأماكن "
            "تتدرّب فيها على الدنماركية مع الآخرين.",
        },
    },
}
