package benchgen

// The fictional world: invented towns, outlets, agencies and people. The
// words are the generator's own; nothing here comes from a real article.
var (
	townsEN = []string{"Marrowby", "Ostwick", "Vellmoor", "Brannoch", "Tarsel", "Quenby", "Hollin Bay", "Dunmere", "Pellow",
		"Saltash Cross", "Greywater", "Fenmouth", "Ashcombe", "Lowther Green", "Kettlesby", "Carrowmore", "Ilverton", "Rookhaven"}
	townsFR = []string{"Montfaucet", "Sarlignac", "Vireloup", "Chantebrise", "Roquebelle", "Lavandière-sur-Ance", "Pontcharrais",
		"Beaulouvet", "Castelmoret", "Saint-Ombrin", "Vauxclair", "Mirandel"}
	outletKindsEN = []string{"Courier", "Evening Post", "Gazette", "Record", "Daily", "Observer", "Herald", "Chronicle", "Advertiser", "Bulletin"}
	outletKindsFR = []string{"La Voix de", "L’Écho de", "Le Journal de", "Le Réveil de", "La Gazette de", "Le Courrier de"}
	agencies      = []string{"Agence Méridien", "Northwind Wire", "Radio Brannoch", "Tarsel Times", "Télé Plateau", "Quenby Bulletin",
		"Coastline Press", "Hexham Data Office", "Institut Lorvan", "Greywater Polling", "Brightwell Foundation", "Observatoire de l’Ance",
		"Kettlesby University", "Pellow Audit Board", "Fenmouth Coastguard", "Office régional des eaux", "Saltmarsh Research",
		"Union des commerçants", "Harbour Trust", "Carrowmore Institute"}
	firsts = []string{"Marta", "Oskar", "Nadia", "Teodor", "Ilse", "Bruno", "Clara", "Yannick", "Sefa", "Rowan", "Agathe", "Leopold",
		"Mira", "Casimir", "Dagny", "Elouan", "Fenna", "Gaspard", "Hedda", "Ivo", "Jolene", "Kasper", "Liesl", "Matthis", "Noor", "Orla",
		"Pavel", "Quitterie", "Rune", "Solène", "Tamsin", "Ulrich", "Vesna", "Wilfried", "Xavière", "Yorick", "Zelie", "Anouk", "Bastien",
		"Cosima", "Edda", "Florian", "Greta", "Hamish", "Inès", "Jasper", "Katell", "Lorcan", "Maelle", "Niall", "Odalys", "Piran",
		"Roisin", "Sten", "Thea", "Ugo", "Viggo", "Wren", "Ysolde", "Zdenek"}
	lasts = []string{"Quillfeather", "Ardenne", "Brockhaven", "Castellane", "Dunstable", "Eskerod", "Fairweather", "Gallimard", "Holloway",
		"Iversen", "Jansky", "Kerhuel", "Lindqvist", "Marchbank", "Nordahl", "Ostrander", "Pennington", "Quesnel", "Rastello", "Sandoval",
		"Thornbury", "Umberfield", "Valcourt", "Wexley", "Yarrowby", "Zamfir", "Abernathy", "Beaucaire", "Corrigan", "Delacroix", "Ellingham",
		"Fontenay", "Grimaldi", "Hartigan", "Istvan", "Joubert", "Kowalczyk", "Lafargue", "Montclair", "Novak", "Oakhurst", "Perrault",
		"Renwick", "Saint-Aubin", "Tremblay", "Vasquez", "Whitlock", "Achterberg", "Bellweather", "Crowhurst", "Dauphin", "Espinasse",
		"Fitzwarren", "Guillory", "Hawthorne", "Jourdain", "Kilbride", "Lomond", "Merriweather", "Oyelaran", "Pendragon", "Rosenthal",
		"Sorensen", "Tavernier", "Underhill", "Vandermeer", "Winterbourne", "Xenakis", "Ysambert", "Zellweger", "Aldercott", "Bramwell",
		"Chevrier", "Dewhurst", "Etcheverry", "Fallowfield", "Gaudreau", "Hollingsworth", "Ingleby", "Jessop", "Kingsmill", "Larchmont",
		"Mabillon", "Nettlefold", "Orchard", "Pelletier", "Quarrington", "Ravensworth", "Stallard", "Threlkeld", "Urquhart", "Verlaine",
		"Wakefield", "Yardley", "Ashdown", "Blackwood", "Cordier", "Duquesne", "Everard", "Ferrand", "Goodfellow", "Hesketh"}
	rolesEN = []string{"the mayor", "a councillor", "the harbour master", "a union spokeswoman", "the head teacher", "a local shopkeeper",
		"the fire chief", "a resident", "the county engineer", "the hospital director", "the council leader", "a ferry captain",
		"the chief executive of the port", "an economist", "a spokesman for the regional authority", "the police superintendent"}
	rolesFR = []string{"le maire", "une conseillère municipale", "le préfet", "la directrice de l’école", "un commerçant",
		"le chef des pompiers", "une habitante", "l’ingénieur départemental", "le directeur de l’hôpital", "la présidente de l’association",
		"le porte-parole de la région", "une syndicaliste", "l’adjoint aux finances", "une économiste"}
	topicsEN = []string{"ferry strike", "wind farm", "library closure", "bridge repairs", "school budget", "flood defences", "harbour dredging",
		"tram line", "market hall", "bus timetable", "swimming pool", "housing plan", "fishing quotas", "night trains", "hospital merger",
		"cycle lanes", "water tariffs", "quarry expansion", "airport runway", "museum lease"}
	topicsFR = []string{"grève des bacs", "parc éolien", "fermeture de la médiathèque", "réparation du pont", "budget des écoles", "digues",
		"ligne de tram", "halle du marché", "piscine municipale", "plan logement", "quotas de pêche", "trains de nuit", "fusion des hôpitaux",
		"pistes cyclables", "prix de l’eau", "extension de la carrière"}
	eventsEN = []string{"council delays vote on", "residents protest over", "deal reached on", "new row erupts over", "inquiry opens into",
		"funding approved for", "campaigners win review of", "costs soar for", "ministers back", "court halts"}
	eventsFR = []string{"le conseil reporte le vote sur", "les habitants protestent contre", "accord trouvé sur", "nouvelle polémique autour de",
		"enquête ouverte sur", "financement accordé pour", "les opposants obtiennent un réexamen de", "les coûts explosent pour"}
	claimsEN = []string{"we cannot keep waiting for the %s", "nobody asked the people who actually use the %s", "the %s will pay for itself within ten years",
		"this is the best chance we have had in a generation", "the figures simply do not add up", "we were promised answers and we got a leaflet",
		"the %s is not a luxury, it is a lifeline", "I have lived here forty years and never seen anything like it",
		"we will keep fighting until the decision is reversed", "the council has listened, and that matters",
		"every week of delay costs the town money it does not have", "the %s was drawn up without a single public meeting",
		"there is no plan B, and everyone in the room knows it", "our members are tired of being told to be patient",
		"the numbers we were shown last spring were wrong", "if the %s goes ahead, the high street will not survive it"}
	claimsFR = []string{"nous ne pouvons plus attendre pour le dossier %s", "personne n’a demandé l’avis des usagers", "ce projet se financera en dix ans",
		"c’est la meilleure occasion depuis une génération", "les chiffres ne tiennent pas debout", "on nous avait promis des réponses, nous avons eu une brochure",
		"ce n’est pas un luxe, c’est une nécessité", "je vis ici depuis quarante ans et je n’ai jamais vu cela",
		"nous continuerons jusqu’à ce que la décision soit annulée", "le conseil nous a écoutés, et cela compte",
		"chaque semaine de retard coûte à la commune un argent qu’elle n’a pas", "le dossier %s a été monté sans la moindre réunion publique",
		"il n’y a pas de plan B, et tout le monde le sait", "nos adhérents en ont assez qu’on leur demande de patienter"}
	cuesEN = []string{"said", "added", "warned", "insisted", "explained", "argued"}
	cuesFR = []string{"a déclaré", "a expliqué", "a ajouté", "a prévenu", "a insisté", "a souligné", "a estimé"}

	// Sentences are built from parts, so that a library of 100,000 articles
	// has a vocabulary and a full-text index of a realistic size.
	subjectsEN = []string{"The council", "The regional authority", "The traders' association", "A group of parents", "The opposition", "The engineering office",
		"The harbour board", "The campaign group", "The transport committee", "The residents' committee", "The finance office", "A former councillor"}
	verbsEN = []string{"has postponed", "is reviewing", "published", "rejected", "questioned", "welcomed", "revised", "will debate",
		"has challenged", "asked for a breakdown of", "is still studying", "quietly approved"}
	objectsEN = []string{"the latest estimate", "a revised timetable", "the consultants' report", "the tender documents", "the survey results",
		"a second proposal", "the spending plan", "the environmental assessment", "the draft agreement", "last year's accounts"}
	tailsEN = []string{"on Tuesday", "after a long session", "before the summer recess", "for the third time this year", "without a vote",
		"despite objections", "at the request of the auditors", "ahead of the regional elections", "behind closed doors", "in a brief statement"}
	subjectsFR = []string{"Le conseil municipal", "La région", "L’union des commerçants", "Un collectif de parents", "L’opposition", "Le bureau d’études",
		"Le syndicat des transports", "Le comité de quartier", "La commission des finances", "Un ancien élu"}
	verbsFR = []string{"a reporté", "examine", "a publié", "a rejeté", "conteste", "a salué", "a révisé", "débattra de", "réclame le détail de",
		"étudie encore", "a discrètement approuvé"}
	objectsFR = []string{"la dernière estimation", "un nouveau calendrier", "le rapport des consultants", "le cahier des charges",
		"les résultats de l’enquête", "une seconde proposition", "le plan de financement", "l’étude d’impact", "le projet d’accord", "les comptes de l’an dernier"}
	tailsFR = []string{"mardi", "après une longue séance", "avant la trêve estivale", "pour la troisième fois cette année", "sans vote",
		"malgré les objections", "à la demande des auditeurs", "à l’approche des élections régionales", "à huis clos", "dans un bref communiqué"}
)
