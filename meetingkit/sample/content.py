"""The sample event's content: the Barcelona learning meeting of the seed, day by day, as plain records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from meetingkit.core.model import ActionStatus, Consent

# Barcelona in September is on summer time; a fixed offset avoids needing tz data on Windows.
SAMPLE_TZ = dt.timezone(dt.timedelta(hours=2), "CEST")
BARCELONA_GPS = (41.3829, 2.1774)  # Ciutat Vella, where the meeting rooms are


@dataclass(frozen=True, slots=True)
class SampleEvent:
    """The sample event's own details (the Barcelona learning meeting)."""

    title: str
    subtitle: str
    venue: str
    city: str
    organisers: tuple[str, ...]
    start: dt.date
    end: dt.date
    languages: tuple[str, ...]
    description: str
    conclusions: str


@dataclass(frozen=True, slots=True)
class SampleDay:
    """One day of the sample event."""

    index: int  # 1-based, as people say "day 1"
    date: dt.date
    theme: str
    description: str


@dataclass(frozen=True, slots=True)
class SampleItem:
    """One line a rapporteur typed, as typed, with what quick entry cannot say."""

    line: str
    minute: int  # when it was captured, in minutes after the session started
    status: ActionStatus = ActionStatus.OPEN
    theme: str = ""  # a synergy's theme: quick entry has no syntax for it


@dataclass(frozen=True, slots=True)
class SampleSession:
    """One session of the sample event, with its people, its summary and its notes."""

    day: int  # SampleDay.index
    title: str
    start: str  # "HH:MM", local time
    end: str
    room: str
    format: str
    questions: tuple[str, ...]
    moderator: str
    speakers: tuple[str, ...]
    rapporteur: str
    summary: str  # Markdown
    items: tuple[SampleItem, ...]

    @property
    def start_time(self) -> dt.time:
        return dt.time.fromisoformat(self.start)

    @property
    def end_time(self) -> dt.time:
        return dt.time.fromisoformat(self.end)

    @property
    def date(self) -> dt.date:
        return SAMPLE_EVENT.start + dt.timedelta(days=self.day - 1)

    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.start_time, tzinfo=SAMPLE_TZ)

    def ends_at(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.end_time, tzinfo=SAMPLE_TZ)

    def captured_at(self, item: SampleItem) -> dt.datetime:
        return self.starts_at() + dt.timedelta(minutes=item.minute)


@dataclass(frozen=True, slots=True)
class PhotoSpec:
    """One generated photo: what the scene shows and the metadata staff would give it."""

    filename: str
    session: str | None  # a SampleSession title; None for the event as a whole
    scene: str  # which drawing in sample.assets
    caption: str
    credit: str
    taken_at: dt.datetime  # local, aware
    order: int
    selected: bool = False
    consent: Consent = Consent.AGREED  # the sample organisers asked everyone pictured
    portrait: bool = False  # as the viewer sees it
    orientation: int = 1  # EXIF orientation; 6 means the pixels are stored turned a quarter left
    camera: tuple[str, str] = ("Canon", "Canon EOS 80D")
    gps: tuple[float, float] | None = None
    seed: int = 0

    @property
    def size(self) -> tuple[int, int]:
        """Width and height as displayed."""
        return (1600, 2400) if self.portrait else (2400, 1600)


@dataclass(frozen=True, slots=True)
class Slide:
    """One slide of a sample presentation: its title and lines, or a drawing."""

    title: str
    lines: tuple[str, ...] = ()
    figure: str = ""  # "", "clouds" or "network": a drawing instead of (or next to) the lines
    subtitle: str = ""


@dataclass(frozen=True, slots=True)
class SlidesSpec:
    """A sample presentation to draw: its file, session, slides, caption and credit."""

    filename: str
    session: str
    title: str
    author: str
    occasion: str
    caption: str
    credit: str
    slides: tuple[Slide, ...]


def _i(minute: int, line: str, status: ActionStatus = ActionStatus.OPEN, theme: str = "") -> SampleItem:
    return SampleItem(line=line, minute=minute, status=status, theme=theme)


DONE = ActionStatus.DONE
DROPPED = ActionStatus.DROPPED

SAMPLE_EVENT = SampleEvent(
    title="UCLG and Metropolis: Connecting with a world of learners",
    subtitle="First joint learning meeting",
    venue="Ciutat Vella meeting rooms",
    city="Barcelona",
    organisers=("UCLG", "Metropolis"),
    start=dt.date(2017, 9, 12),
    end=dt.date(2017, 9, 14),
    languages=("en", "fr", "es"),
    description=(
        "UCLG and Metropolis gathered city leaders, development partners and networks to debate on "
        "learning practices in diverse urban frameworks, in order to plan their agendas on "
        "**city-to-city learning**. This first joint meeting brought together 60 high-level urban "
        "thinkers and experts from around the world.\n\n"
        "The exchange session, held in Barcelona from 12 to 14 September 2017, permitted sharing and "
        "comparing methodologies for knowledge exchange with local and metropolitan governments and "
        "associated networks. It also set the bases for building a learning agenda for the upcoming "
        "years, identifying possible services and activities to develop and reinforce."
    ),
    conclusions=(
        "On the third day, the conclusions of Metropolis and UCLG were shared and possible synergies "
        "were outlined between both organisations. Participants were encouraged to follow up on "
        "upcoming activities and identify their main interests and possible collaboration.\n\n"
        "The roadmap draft built on the second day sets out four focus areas for the short term and two "
        "for the medium and long term, each with its strategic actions (see the roadmap).\n\n"
        "**Next steps.** As a step forward, both organisations agreed to follow up in order to:\n\n"
        "- define the strategy of learning more precisely;\n"
        "- integrate it into a calendar of decision making;\n"
        "- specify activities;\n"
        "- accompany the working groups;\n"
        "- involve more partners and members."
    ),
)

SAMPLE_DAYS: tuple[SampleDay, ...] = (
    SampleDay(
        1,
        dt.date(2017, 9, 12),
        "Methodologies and inputs on learning initiatives",
        "Discussing methodologies and receiving inputs on learning initiatives from diverse "
        "stakeholders, to build a collective overview of three questions: How are networks and cities "
        "learning? What is being learned? Who needs to learn?",
    ),
    SampleDay(
        2,
        dt.date(2017, 9, 13),
        "Expectations and demands, the role of UCLG and the roadmap",
        "Insights on expectations and demands from UCLG members and associated networks, to define a "
        "role for UCLG in learning and establish priorities; Tim Campbell's keynote; the construction "
        "of a roadmap draft with focus areas and strategic actions by horizon.",
    ),
    SampleDay(
        3,
        dt.date(2017, 9, 14),
        "Conclusions and synergies",
        "Conclusions of Metropolis and UCLG, possible synergies between both organisations, and the "
        "follow-up.",
    ),
)

SHORT_TERM_FOCUS_AREAS: tuple[str, ...] = (
    "Facilitate peer learning",
    "Communication and visibility",
    "Knowledge management",
    "Brokering/Intermediation",
)
MEDIUM_LONG_TERM_FOCUS_AREAS: tuple[str, ...] = (
    "Research: Monitor and evaluate learning outcomes",
    "Joint efforts for resource mobilization",
)
# In the seed's order: the roadmap board shows its rows like this.
SAMPLE_FOCUS_AREAS: tuple[str, ...] = SHORT_TERM_FOCUS_AREAS + MEDIUM_LONG_TERM_FOCUS_AREAS

OPENING = "Opening: connecting with a world of learners"
HOW_LEARNING = "How are networks and cities learning?"
WHAT_LEARNED = "What is being learned?"
WHO_LEARNS = "Who needs to learn?"
EXPECTATIONS = "Expectations and demands of members and networks"
KEYNOTE = "Smart Cities and beyond"
ROADMAP = "Building the roadmap: focus areas and strategic actions"
CONCLUSIONS = "Conclusions of Metropolis and UCLG"
SYNERGIES = "Synergies between UCLG and Metropolis"
CLOSING = "Closing and follow-up"

PLENARY_ROOM = "Plenary room"

_DAY_1: tuple[SampleSession, ...] = (
    SampleSession(
        day=1,
        title=OPENING,
        start="09:30",
        end="10:15",
        room=PLENARY_ROOM,
        format="plenary",
        questions=(
            "Why are UCLG and Metropolis meeting on learning together, and why now?",
            "What should these three days produce?",
        ),
        moderator="Jordi Serra Vidal",
        speakers=("Clara Fontaine", "Elena Varga", "Montserrat Pujol"),
        rapporteur="Grace Mwangi",
        summary=(
            "The first joint learning meeting of **UCLG** and **Metropolis** opened with a welcome from "
            "the organisers and the host city. Both organisations run learning activities for their "
            "members; they met to compare methodologies and to plan a common agenda on "
            "**city-to-city learning**.\n\n"
            "The opening set out what the three days should produce:\n\n"
            "- a collective overview of how networks and cities learn (day 1);\n"
            "- a roadmap draft for the role of UCLG in learning (day 2);\n"
            "- synergies between UCLG and Metropolis (day 3).\n\n"
            "Background on both organisers: [UCLG](https://www.uclg.org) and "
            "[Metropolis](https://www.metropolis.org)."
        ),
        items=(
            _i(
                2,
                "Welcome by @[Jordi Serra Vidal]: first joint learning meeting of @UCLG and @Metropolis, "
                "60 participants from cities, metropolitan governments, networks, development partners "
                "and universities.",
            ),
            _i(6, "* Learning is a core service members expect from their networks, not an add-on #learning"),
            _i(
                9,
                '" Barcelona has learned from the world as much as it has shown the world @[Montserrat Pujol]',
            ),
            _i(
                12,
                "* Both organisations run learning activities in parallel today; this meeting is the "
                "chance to compare methodologies #methodologies",
            ),
            _i(
                15,
                "* Expected outputs: a collective overview of how cities learn, a roadmap draft for UCLG, "
                "synergies between UCLG and Metropolis",
            ),
            _i(
                18,
                "= The three days follow one thread: day 1 inputs and methodologies, day 2 expectations "
                "and roadmap, day 3 conclusions and synergies",
            ),
            _i(
                21,
                '" We are not here to present our programmes but to learn how to learn together '
                "@[Clara Fontaine]",
            ),
            _i(
                24,
                "? How do we avoid duplicating offers when a city belongs to several networks at once? "
                "@[Diego Paredes]",
            ),
            _i(
                27,
                "Agenda and working documents are in the shared folder; interpretation in English, "
                "French and Spanish #logistics",
            ),
            _i(
                30,
                "* City-to-city learning is the oldest way cities improve; networks make it deliberate "
                "#city-to-city",
            ),
            _i(
                33,
                "! Circulate the participants list with contact details @[Grace Mwangi] due:2017-09-15",
                DONE,
            ),
            _i(36, "? Which learning initiatives should be presented in this afternoon's inputs round?"),
            _i(
                40,
                "= Rapporteurs from UCLG, Metropolis and the Institute of Urban Studies write the full "
                "written summaries of all the sessions #outcomes",
            ),
            _i(
                43,
                "! Publish the full written summaries, selected photos and presentations after the "
                "meeting @UCLG due:2017-10-15 #outcomes",
                DONE,
            ),
        ),
    ),
    SampleSession(
        day=1,
        title=HOW_LEARNING,
        start="10:30",
        end="12:00",
        room=PLENARY_ROOM,
        format="panel",
        questions=(
            "Which methodologies for knowledge exchange do networks and cities use today?",
            "What makes a learning exchange work, and what makes it fail?",
            "How do we know that learning happened?",
        ),
        moderator="Marc Delacroix",
        speakers=("Valentina Ríos", "Sipho Ndlovu", "Ji-yeon Kim", "Fatou Sow", "Tomás Ribeiro"),
        rapporteur="Lucía Ferrer",
        summary=(
            "Five inputs showed how differently networks and cities learn: **study visits** (Rosario), "
            "a **municipal institute of learning** (Durban), **policy sharing** with documented cases "
            "(Seoul), a **local government academy** with online courses, and "
            "[Metropolis](https://www.metropolis.org) **peer reviews**.\n\n"
            "Three conditions for an exchange to work came back in every input:\n\n"
            "- a concrete question brought by the visiting city;\n"
            "- documentation of the practice, including its costs and failures;\n"
            "- follow-up after the exchange, by people who stay in the administration.\n\n"
            "Few networks measure **learning outcomes**: they count participants rather than changes. "
            "The methodologies were grouped by intensity, from information to transformation, for the "
            "collective overview of the day."
        ),
        items=(
            _i(
                3,
                "Panel opened by @[Marc Delacroix]: five inputs on methodologies for knowledge exchange, "
                "ten minutes each, then discussion.",
            ),
            _i(
                6,
                "@[Valentina Ríos] presented Rosario's experience hosting study visits on participatory "
                "budgeting: over the years, more requests than the city could receive.",
            ),
            _i(
                10,
                "* Study visits work when the visiting team comes with a concrete question and leaves "
                "with a plan, not only impressions #study-visits",
            ),
            _i(13, '" A study visit without a follow-up is tourism with a badge @[Valentina Ríos]'),
            _i(
                17,
                "@[Sipho Ndlovu] described Durban's municipal institute of learning, which turns the "
                "city's own practice into courses for its staff and for peers.",
            ),
            _i(
                20,
                "* A city's own institute of learning keeps knowledge when staff move on "
                "#institutional-memory",
            ),
            _i(
                24,
                "@[Ji-yeon Kim] presented Seoul's policy sharing programme: documented policies, exchange "
                "of officials, follow-up missions.",
            ),
            _i(
                27,
                "* Seoul writes each shared policy up as a case, with its costs and failures, before "
                "offering it to peers #knowledge-management",
            ),
            _i(
                31,
                "@[Fatou Sow] on the local government academy: training of elected officials and staff, "
                "more and more blended with online courses.",
            ),
            _i(
                34,
                "* Online courses reach many more learners but need a tutor and a peer group to keep "
                "people to the end #online-learning",
            ),
            _i(
                38,
                "@[Tomás Ribeiro] presented Metropolis training and peer reviews, built on members' "
                "requests.",
            ),
            _i(
                41,
                "* Peer reviews between metropolitan governments produce learning on both sides: the "
                "reviewed city and the reviewers #peer-review",
            ),
            _i(
                45,
                "Methodologies named in the round: study visits, peer reviews, staff exchanges, twinning, "
                "communities of practice, training courses, online courses, webinars, case studies.",
            ),
            _i(
                50,
                "? How do networks measure whether an exchange changed anything in the city? "
                "@[Rebecca Hughes]",
            ),
            _i(53, '" We count participants, we rarely count changes @[Rebecca Hughes]'),
            _i(
                56,
                "* Few networks evaluate learning outcomes; most report activities and participants "
                "#evaluation",
            ),
            _i(
                60,
                "? Can intermediary cities afford exchanges that mostly happen between large cities? "
                "@[Cheikh Ndiaye]",
            ),
            _i(
                63,
                "* Exchanges are often supply-driven: networks offer what they know, not what members "
                "need #demand",
            ),
            _i(
                67,
                "~ Metropolis peer reviews and UCLG learning exchanges could share one methodology note "
                "#peer-review @UCLG @Metropolis",
                theme="Peer learning methodology",
            ),
            _i(
                72,
                "= The collective overview groups methodologies by intensity: from information "
                "(publications, webinars) to transformation (peer reviews, long-term partnerships)",
            ),
            _i(
                78,
                "! Compile the methodologies presented into a one-page overview for day 2 "
                "@[Lucía Ferrer] due:2017-09-13",
                DONE,
            ),
            _i(
                84,
                "* Learning happens through people and relationships; the same people meet again and "
                "again, which builds trust #trust",
            ),
        ),
    ),
    SampleSession(
        day=1,
        title=WHAT_LEARNED,
        start="12:15",
        end="13:30",
        room="Room Montjuïc",
        format="workshop",
        questions=(
            "Which topics do cities and networks exchange on most?",
            "Which knowledge is hardest to transfer?",
            "What do members ask for that nobody offers yet?",
        ),
        moderator="Isabel Moreno Ruiz",
        speakers=("Camila Herrera", "Wei Zhang", "Claire Bertrand", "Carmen Vidal"),
        rapporteur="Pablo Giménez",
        # No summary: the rapporteur left it to the summary assistant (`meetingkit draft`).
        summary="",
        items=(
            _i(
                3,
                "Workshop in three tables, each with a flipchart: topics exchanged, knowledge hardest to "
                "transfer, unmet demands.",
            ),
            _i(
                7,
                "@[Camila Herrera] opened with Bogotá's exchanges on bus rapid transit and public space, "
                "visited by many cities.",
            ),
            _i(
                10,
                "* Most exchanged topics: urban mobility, public space, participatory budgeting, waste "
                "management, local finance, strategic planning #topics",
            ),
            _i(
                14,
                "* Growing demand on localising the SDGs and the New Urban Agenda adopted in Quito in "
                "2016 #SDGs",
            ),
            _i(
                18,
                "@[Wei Zhang] on Guangzhou's award for urban innovation as a way to collect and share "
                "practices.",
            ),
            _i(
                21,
                "* Awards and databases show what exists; they are weaker at helping a city adapt a "
                "practice #practices",
            ),
            _i(
                25,
                '" The technical solution travels easily; the institutional arrangement behind it does '
                "not @[Claire Bertrand]",
            ),
            _i(
                28,
                "* Hardest to transfer: governance arrangements, financing models, the political "
                "conditions that made a policy possible #transferability",
            ),
            _i(
                32,
                "@[Carmen Vidal] presented research on policy transfer: cities adapt rather than copy, "
                "and learn most from cities similar in size and powers.",
            ),
            _i(
                36,
                "* Tacit knowledge, such as how to negotiate or sequence a reform, is learned only through "
                "direct contact between practitioners #tacit-knowledge",
            ),
            _i(40, "? Is what is learned recorded anywhere, or does it stay with the people who travelled?"),
            _i(
                44,
                "* Unmet demands: metropolitan governance, municipal finance, data for decision making, "
                "gender equality in local policies #demand",
            ),
            _i(
                48,
                "~ Both networks receive requests on metropolitan governance: one joint offer instead of "
                "two #metropolitan-governance @UCLG @Metropolis",
                theme="Metropolitan governance",
            ),
            _i(
                53,
                "= Topics are tagged the same way across networks, so that demands can be compared "
                "#knowledge-management",
            ),
            _i(
                58,
                "? Who decides which topics a network prioritises: the secretariat, the political bodies "
                "or the members' requests? @[Mariana Costa]",
            ),
            _i(
                63,
                "* Learning from failures is rare but valued: participants asked for spaces where cities "
                "share what did not work #failures",
            ),
            _i(
                68,
                "! Share the three tables' flipcharts as photos and a typed list with all participants "
                "@[Pablo Giménez] due:2017-09-14",
                DONE,
            ),
            _i(72, "Table reports feed the collective overview in the last session of the day."),
        ),
    ),
    SampleSession(
        day=1,
        title=WHO_LEARNS,
        start="15:00",
        end="16:45",
        room="Room Tibidabo",
        format="workshop",
        questions=(
            "Who are the learners: elected leaders, technical staff, network secretariats, citizens?",
            "Who learns from whom, and do the networks themselves need to learn?",
            "What does the collective overview of the day tell us?",
        ),
        moderator="Ana Lucía Benítez",
        speakers=("Aminata Diop", "Erik Johansson", "Rania Khoury", "Diego Paredes"),
        rapporteur="Grace Mwangi",
        # No summary: the rapporteur left it to the summary assistant (`meetingkit draft`).
        summary="",
        items=(
            _i(
                4,
                "Groups by kind of learner: elected officials, municipal technical staff, network "
                "secretariats, partners and citizens. Each group answered who, why and how.",
            ),
            _i(
                8,
                "* Elected officials need short formats and peer-to-peer exchanges between mayors; they "
                "open the door for technical exchanges #elected-officials",
            ),
            _i(
                12,
                "* Technical staff carry learning into daily work; they need longer exchanges, mentoring "
                "and follow-up #technical-staff",
            ),
            _i(16, '" When the mayor changes, the technicians stay: they are our memory @[Aminata Diop]'),
            _i(
                20,
                "* Network secretariats also need to learn: how to broker, how to facilitate, how to "
                "evaluate #networks",
            ),
            _i(
                24,
                "@[Erik Johansson] gave the development partner's view: partners fund exchanges but often "
                "cannot see their results.",
            ),
            _i(
                27,
                '" Development partners are learners too: we need to learn from cities what works before '
                "we fund it @[Erik Johansson]",
            ),
            _i(
                31,
                "* Development partners want to join networks' learning rather than run parallel "
                "programmes #development-partners",
            ),
            _i(
                35,
                "@[Rania Khoury] on Amman as both learner and host: learning capacity must be built "
                "inside the municipality before exchanges pay off.",
            ),
            _i(
                39,
                "* A city needs a learning focal point who knows the offers of all networks and the needs "
                "of its departments #focal-points",
            ),
            _i(
                43,
                "@[Diego Paredes] on regional networks: the first learners are often intermediary cities, "
                "with fewer staff and less access to international exchanges.",
            ),
            _i(
                47,
                "* Regional networks and sections are closest to members' demands and belong in any "
                "learning agenda #regional-networks",
            ),
            _i(
                52,
                "? Should citizens and civil society be direct learners, or be reached through their local governments?",
            ),
            _i(56, "? How do we keep learning in the administration when the people trained leave?"),
            _i(
                60,
                "= Learners are grouped in four: elected leaders, technical staff, network secretariats, "
                "partners; citizens are reached through their local governments",
            ),
            _i(
                66,
                "Collective overview of the day presented by @[Ana Lucía Benítez]: how (methodologies by "
                "intensity), what (topics and unmet demands), who (four groups of learners).",
            ),
            _i(
                72,
                "* Overview of day 1: cities learn through people and relationships, most from peers like "
                "them; what is learned is more and more governance and finance; everyone needs to learn, "
                "networks included #overview",
            ),
            _i(
                78,
                "~ Both train elected officials and staff: a shared calendar would avoid overlaps "
                "#training @UCLG @Metropolis",
                theme="Training",
            ),
            _i(
                84,
                "! Send the collective overview of day 1 to participants before day 2 @[Grace Mwangi] "
                "due:2017-09-13",
                DONE,
            ),
            _i(90, "! Ask member cities to name a learning focal point @UCLG due:2018-03-31 #focal-points"),
            _i(96, "? What do the networks themselves need to learn from each other? @[Sofia Lindqvist]"),
        ),
    ),
)

_DAY_2: tuple[SampleSession, ...] = (
    SampleSession(
        day=2,
        title=EXPECTATIONS,
        start="09:30",
        end="11:00",
        room=PLENARY_ROOM,
        format="panel",
        questions=(
            "What do members and associated networks expect from UCLG in learning?",
            "Which role should UCLG play: provider, broker, convener?",
            "What are the priorities?",
        ),
        moderator="Samuel Okafor",
        speakers=("Guadalupe Sánchez", "Thandiwe Dlamini", "Xavier Camps", "Arjun Patel", "Hélène Dubois"),
        rapporteur="Lucía Ferrer",
        # No summary: the rapporteur left it to the summary assistant (`meetingkit draft`).
        summary="",
        items=(
            _i(
                3,
                "@[Samuel Okafor] recalled the day 1 overview and asked each panellist for one expectation "
                "and one demand towards UCLG.",
            ),
            _i(
                7,
                "@[Guadalupe Sánchez]: Mexico City expects UCLG to connect it with cities facing the same "
                "challenges, beyond its own region.",
            ),
            _i(
                10,
                "* Members expect UCLG to connect them with peers rather than to deliver training itself "
                "#role-of-uclg",
            ),
            _i(
                14,
                '" We do not need another catalogue; we need someone who knows who to call '
                "@[Guadalupe Sánchez]",
            ),
            _i(
                18,
                "@[Thandiwe Dlamini]: Durban asks that cities be recognised as providers of learning, and "
                "for support to document their own practice.",
            ),
            _i(
                21,
                "* Demand: help cities document and package their practices so that others can learn "
                "from them #knowledge-management",
            ),
            _i(
                25,
                "@[Xavier Camps] on the metropolitan perspective: learning between metropolitan bodies "
                "needs its own space, close to Metropolis.",
            ),
            _i(
                28,
                "* Visibility of learning results matters to political leaders: they need to show what "
                "their city gained #visibility",
            ),
            _i(
                32,
                "@[Arjun Patel]: associated networks expect to be partners in UCLG's learning, not only "
                "audiences; they bring their own methodologies.",
            ),
            _i(36, '" Let the networks of the network do what they do best @[Arjun Patel]'),
            _i(
                40,
                "@[Hélène Dubois]: development partners are ready to fund learning that is demand-driven "
                "and evaluated.",
            ),
            _i(
                44,
                "* Resources follow evidence: without monitoring of learning outcomes, funding stays "
                "project by project #resource-mobilization",
            ),
            _i(
                49,
                "Role of UCLG as discussed: **broker** between demand and offer, **convener** of networks "
                "and partners, **curator** of knowledge, advocate for learning in local policy.",
            ),
            _i(
                54,
                "= The role of UCLG in learning is to facilitate and broker, with its sections, associated "
                "networks and partners, rather than duplicate them #role-of-uclg",
            ),
            _i(
                58,
                "= Priorities for the roadmap: peer learning, communication and visibility, knowledge "
                "management, brokering; then research on learning outcomes and resource mobilization "
                "#roadmap",
            ),
            _i(
                63,
                "? How will UCLG's statutory bodies take part in setting learning priorities? "
                "@[Rodrigo Villalobos]",
            ),
            _i(
                67,
                "? What is the difference between a learning offer of UCLG, of one of its sections, or "
                "of Metropolis? @[Lerato Mokoena]",
            ),
            _i(
                72,
                "* Demands vary by region: staff capacity in Africa, exchanges on participation in Latin "
                "America, data and planning in Asia-Pacific #regional-networks",
            ),
            _i(
                77,
                "~ Metropolis brings its metropolitan members' demands into UCLG's learning agenda; UCLG "
                "opens its sections to Metropolis exchanges #demand @UCLG @Metropolis",
                theme="Members' demands",
            ),
            _i(
                82,
                "! Share the list of expectations and demands with the roadmap workshop @[Lucía Ferrer] "
                "due:2017-09-13",
                DONE,
            ),
            _i(
                86,
                "Panel closed with one word from each speaker: connect, trust, visibility, evidence, "
                "partners.",
            ),
        ),
    ),
    SampleSession(
        day=2,
        title=KEYNOTE,
        start="11:30",
        end="12:30",
        room=PLENARY_ROOM,
        format="keynote",
        questions=(
            "How do cities learn, network and innovate?",
            "What changes when a network opens up to partners?",
        ),
        moderator="Clara Fontaine",
        speakers=("Tim Campbell",),
        rapporteur="Pablo Giménez",
        summary=(
            "**Tim Campbell**, an expert on city learning, gave the keynote *Smart Cities and beyond*. "
            "A smart city, he argued, is first of all a city that learns: technology is a tool, and the "
            "capacity of institutions and people to learn is what makes the difference.\n\n"
            "He highlighted the changes in [UCLG](https://www.uclg.org), **“opening and partnering with "
            "others”**, and by this "
            "creating broader **“clouds of trust”**: cities learn from those they trust, and networks "
            "lower the cost of finding, and trusting, the right peer.\n\n"
            "Points for the networks:\n\n"
            "- keep peer groups small and stable so that trust can grow;\n"
            "- curate what is learned, or it leaves no trace;\n"
            "- measure what trust enables (repeated exchanges, joint projects) rather than trust "
            "itself.\n\n"
            "The slides are attached to this session and are part of the meeting outcomes."
        ),
        items=(
            _i(2, "@[Clara Fontaine] introduced @[Tim Campbell], an expert on city learning."),
            _i(
                5,
                "* Cities learn all the time, from each other, by design or by accident; the question is "
                "how to make that learning deliberate #city-learning",
            ),
            _i(8, '" A smart city is first of all a city that learns @[Tim Campbell]'),
            _i(
                11,
                "* Smart is not about technology: sensors and platforms are tools; the smart part is the "
                "capacity of institutions and people to learn #smart-cities",
            ),
            _i(
                15,
                "* What has changed in UCLG: opening and partnering with others, such as universities, "
                "foundations, development partners and other networks #role-of-uclg",
            ),
            _i(17, '" What I see changing in UCLG is opening and partnering with others @[Tim Campbell]'),
            _i(
                21,
                "* Learning travels through trust: cities learn from those they trust, and trust grows "
                "with repeated encounters #trust",
            ),
            _i(24, '" By opening up, UCLG is creating broader clouds of trust @[Tim Campbell]'),
            _i(28, '" Trust travels more slowly than technology, but it lasts longer @[Tim Campbell]'),
            _i(
                31,
                "* Networks are brokers: they lower the cost of finding the right peer and of trusting "
                "them #brokering",
            ),
            _i(35, '" No city learns alone; learning is a team sport @[Tim Campbell]'),
            _i(
                38,
                "* Learning leaves traces only if someone curates it: documentation, follow-up, and "
                "people who stay #knowledge-management",
            ),
            _i(
                42,
                "? How can a global network keep the closeness of small peer groups where trust is built? "
                "@[Ji-yeon Kim]",
            ),
            _i(
                45,
                "Answer: keep groups small and stable, meet more than once, and let the global network "
                "connect the groups rather than replace them.",
            ),
            _i(48, "? Should networks measure trust? @[Carmen Vidal]"),
            _i(
                50,
                "Answer: measure what trust enables, such as repeated exchanges, joint projects and staff "
                "who call each other, rather than trust itself.",
            ),
            _i(
                53,
                "= Tim Campbell's presentation on Smart Cities and beyond is shared with participants and "
                "included in the outcomes #outcomes",
            ),
            _i(
                56,
                "~ Both networks can broaden the clouds of trust by inviting each other's members to "
                "their exchanges #trust @UCLG @Metropolis",
                theme="Clouds of trust",
            ),
            _i(
                58,
                "! Share Tim Campbell's slides with all participants @[Lucía Ferrer] due:2017-09-20 "
                "#outcomes",
                DONE,
            ),
        ),
    ),
    SampleSession(
        day=2,
        title=ROADMAP,
        start="14:00",
        end="17:30",
        room="Room Montjuïc",
        format="workshop",
        questions=(
            "What should UCLG and its partners do in the short term?",
            "What needs a medium and long term effort?",
            "Who takes each strategic action forward?",
        ),
        moderator="Elena Varga",
        speakers=("Rahul Menon", "Yasmin Haddad", "Hyun-woo Park", "Pieter van Dam"),
        rapporteur="Grace Mwangi",
        summary=(
            "Building on day 1 and the morning's demands, the workshop drafted the **roadmap**: four "
            "focus areas for the short term and two for the medium and long term, each with its "
            "strategic actions (the roadmap section sets them out). The room agreed how to work:\n\n"
            "- focus areas first, then strategic actions by horizon;\n"
            "- an owner for each strategic action and, in the short term, a due date within 2018;\n"
            "- short term actions rely on existing staff and budgets; medium and long term ones need "
            "resources still to be found.\n\n"
            "The draft was adopted as the basis for day 3 and will be shared with all "
            "[UCLG members](https://www.uclg.org) for comments."
        ),
        items=(
            _i(
                5,
                "Method presented by @[Elena Varga]: from the day 1 overview and the morning's demands, "
                "agree focus areas first, then strategic actions by horizon.",
            ),
            _i(
                12,
                "* Short term means before the end of 2018; medium and long term means beyond, with "
                "resources still to find #roadmap",
            ),
            _i(
                20,
                "= Short term focus areas: Facilitate peer learning; Communication and visibility; "
                "Knowledge management; Brokering/Intermediation #roadmap",
            ),
            _i(
                26,
                "= Medium & long term focus areas: Research: Monitor and evaluate learning outcomes; "
                "Joint efforts for resource mobilization #roadmap",
            ),
            _i(
                35,
                "! Organise peer-learning exchanges on the demands raised this morning, starting with "
                "metropolitan governance and local finance @UCLG ^short "
                "focus:[Facilitate peer learning] due:2018-06-30 #peer-learning #roadmap",
            ),
            _i(
                40,
                "! Pair cities that asked for support with cities that offered their experience, through "
                "the sections and associated networks @[Ana Lucía Benítez] ^short "
                "focus:[Facilitate peer learning] due:2018-03-31 #roadmap",
            ),
            _i(
                44,
                "! Write one methodology note for peer learning shared by UCLG and Metropolis "
                "@[Tomás Ribeiro] ^short focus:[Facilitate peer learning] due:2018-02-28 #roadmap",
                DONE,
            ),
            _i(
                52,
                "! Publish the outcomes of the Barcelona meeting: full written summaries, selected photos "
                "and presentations @[Laia Puigdomènech] ^short focus:[Communication and visibility] "
                "due:2017-10-15 #roadmap",
                DONE,
            ),
            _i(
                56,
                "! Give learning a regular space in the newsletters and websites of both organisations, "
                "with stories told by the cities @[Aiko Tanaka] ^short "
                "focus:[Communication and visibility] due:2018-01-31 #roadmap",
            ),
            _i(
                60,
                "! Prepare a two-page brief on learning for political leaders, for the statutory meetings "
                "@[Laia Puigdomènech] ^short focus:[Communication and visibility] due:2017-12-01 #roadmap",
                DONE,
            ),
            _i(
                70,
                "! Set up a shared repository of case studies, learning materials and exchange reports "
                "@[Yasmin Haddad] ^short focus:[Knowledge management] due:2018-04-30 #roadmap",
            ),
            _i(
                74,
                "! Agree one template to document each learning exchange: question, participants, what "
                "changed @[Hyun-woo Park] ^short focus:[Knowledge management] due:2018-02-28 #roadmap",
                DONE,
            ),
            _i(
                78,
                "! Tag practices and demands with one shared list of topics @[Yasmin Haddad] ^short "
                "focus:[Knowledge management] due:2018-05-31 #roadmap",
            ),
            _i(
                88,
                "! Survey members' learning demands and offers @[Samuel Okafor] ^short "
                "focus:[Brokering/Intermediation] due:2017-12-15 #roadmap",
                DONE,
            ),
            _i(
                92,
                "! Set up a matchmaking desk that answers requests by connecting cities, networks and "
                "partners @UCLG ^short focus:[Brokering/Intermediation] due:2018-06-30 #roadmap",
            ),
            _i(
                96,
                "! Keep a register of practitioners willing to share their experience as peers "
                "@[Pieter van Dam] ^short focus:[Brokering/Intermediation] due:2018-09-30 #roadmap",
                DROPPED,
            ),
            _i(
                100,
                "? Who answers a request from a metropolitan member: UCLG or Metropolis? @[Xavier Camps]",
            ),
            _i(
                104,
                "= Requests from metropolitan governments go to a joint desk; who answers is agreed case "
                "by case #brokering",
            ),
            _i(
                110,
                "! Define indicators of learning outcomes with university partners and test them on the "
                "2018 exchanges @[Carmen Vidal] ^medium "
                "focus:[Research: Monitor and evaluate learning outcomes] due:2018-12-31 #roadmap",
            ),
            _i(
                115,
                "! Evaluate the first exchanges one year after they took place @[Rahul Menon] ^long "
                "focus:[Research: Monitor and evaluate learning outcomes] #roadmap",
            ),
            _i(
                118,
                "! Publish a joint study on how cities learn through networks @[Marc Delacroix] ^long "
                "focus:[Research: Monitor and evaluate learning outcomes] #roadmap",
            ),
            _i(
                125,
                "* Monitoring needs a baseline: the survey of demands doubles as a starting point "
                "#evaluation",
            ),
            _i(
                130,
                "! Prepare a joint proposal to development partners for a multi-year learning programme "
                "@UCLG @Metropolis ^medium focus:[Joint efforts for resource mobilization] "
                "due:2018-10-31 #roadmap",
            ),
            _i(
                135,
                "! Explore a learning fund with foundations, open to cities that host peers "
                "@[Sofia Lindqvist] ^long focus:[Joint efforts for resource mobilization] #roadmap",
            ),
            _i(
                140,
                "! Present the roadmap draft to development partners at a joint round table "
                "@[Pieter van Dam] ^medium focus:[Joint efforts for resource mobilization] "
                "due:2018-05-31 #roadmap",
            ),
            _i(150, "? How many exchanges can the secretariats support with current staff? @[Hélène Dubois]"),
            _i(
                160,
                "* Short term actions rely on existing staff and budgets; medium and long term actions "
                "need new resources #resource-mobilization",
            ),
            _i(
                175,
                '" A roadmap is a promise to our members; let us keep it short enough to keep it '
                "@[Jordi Serra Vidal]",
            ),
            _i(190, "= The roadmap draft is adopted as the basis for the conclusions of day 3 #roadmap"),
            _i(
                200,
                "! Type up the roadmap board and share it before day 3 @[Grace Mwangi] due:2017-09-14",
                DONE,
            ),
        ),
    ),
)

_DAY_3: tuple[SampleSession, ...] = (
    SampleSession(
        day=3,
        title=CONCLUSIONS,
        start="09:30",
        end="10:30",
        room=PLENARY_ROOM,
        format="plenary",
        questions=(
            "What does each organisation take home from the first two days?",
            "Where do the conclusions of Metropolis and UCLG meet?",
        ),
        moderator="Carmen Vidal",
        speakers=("Clara Fontaine", "Jordi Serra Vidal"),
        rapporteur="Lucía Ferrer",
        summary=(
            "**Metropolis** and **UCLG** shared their conclusions. Metropolis places learning in its "
            "strategic plan and will align its training and peer reviews with the roadmap where members "
            "overlap. UCLG sees its role as facilitating peer learning and brokering between demand and "
            "offer, with its sections, associated networks and partners.\n\n"
            "Common ground:\n\n"
            "- demand comes first;\n"
            "- peer learning is the most valued methodology;\n"
            "- evaluation of learning outcomes is weak on both sides.\n\n"
            "The roadmap draft is a **joint basis**, each organisation keeping its own governance; it "
            "will be shared with all members for comments. More on "
            "[Metropolis](https://www.metropolis.org)."
        ),
        items=(
            _i(3, "@[Clara Fontaine] presented the conclusions of Metropolis."),
            _i(
                6,
                "* Metropolis: learning is part of its strategic plan; metropolitan governments ask for "
                "exchanges on governance, finance and gender-sensitive policies #metropolis",
            ),
            _i(
                10,
                "* Metropolis aligns its training and peer reviews with the roadmap where members overlap "
                "#alignment",
            ),
            _i(14, '" Metropolitan challenges are too big to be learned city by city @[Clara Fontaine]'),
            _i(18, "@[Jordi Serra Vidal] presented the conclusions of UCLG."),
            _i(
                21,
                "* UCLG: its role is to facilitate peer learning and broker between demand and offer, "
                "with sections, associated networks and partners #role-of-uclg",
            ),
            _i(
                25,
                "* UCLG will define its strategy of learning more precisely from the roadmap draft and bring it into "
                "its calendar of decision making #strategy",
            ),
            _i(
                29,
                '" Opening and partnering with others is how we want to keep working @[Jordi Serra Vidal]',
            ),
            _i(
                33,
                "= Both organisations present the roadmap draft as a joint basis, each keeping its own "
                "governance #roadmap",
            ),
            _i(37, "? How will members see the difference in 2018? @[Valentina Ríos]"),
            _i(
                40,
                "Answer: through the matchmaking desk, the first peer-learning exchanges and the "
                "published outcomes of this meeting.",
            ),
            _i(
                44,
                "* Common ground: demand first, peer learning most valued, evaluation of learning "
                "outcomes weak on both sides #alignment",
            ),
            _i(
                48,
                "? Will members not present in Barcelona be consulted on the roadmap? @[Youssef El Amrani]",
            ),
            _i(52, "= The roadmap draft is shared with all members for comments before it is final #roadmap"),
            _i(55, "! Share the roadmap draft with all members for comments @UCLG due:2017-11-15", DONE),
        ),
    ),
    SampleSession(
        day=3,
        title=SYNERGIES,
        start="11:00",
        end="12:30",
        room="Room Collserola",
        format="workshop",
        questions=(
            "Where can UCLG and Metropolis work together rather than side by side?",
            "Which synergies come first?",
        ),
        moderator="Pieter van Dam",
        speakers=("Sofia Lindqvist", "Nadia Benali", "Tomás Ribeiro", "Yasmin Haddad"),
        rapporteur="Pablo Giménez",
        summary=(
            "Pairs of UCLG and Metropolis staff listed where the two organisations can work together. "
            "The room voted for three priorities:\n\n"
            "1. a **shared calendar** of learning activities;\n"
            "2. joint peer-learning exchanges on **metropolitan governance**;\n"
            "3. **one repository** of practices and learning materials.\n\n"
            "Other synergies: communication to political leaders, peer review methodology, training, "
            "SDG localisation, gender equality, research with universities and joint resource "
            "mobilization. Cities paired up too, such as Mexico City and Rosario on participation.\n\n"
            "Synergies must not blur the two identities: Metropolis speaks for metropolitan governments, "
            "UCLG for local governments at large. Each secretariat names a focal point "
            "([UCLG](https://www.uclg.org), [Metropolis](https://www.metropolis.org))."
        ),
        items=(
            _i(
                3,
                "Pairs of UCLG and Metropolis staff listed where the two can work together, then the room "
                "voted for the most promising.",
            ),
            _i(
                8,
                "~ Shared calendar of learning activities, so members see one offer #calendar "
                "@UCLG @Metropolis",
                theme="Calendar of activities",
            ),
            _i(
                12,
                "~ Joint peer-learning exchanges on metropolitan governance #metropolitan-governance "
                "@UCLG @Metropolis",
                theme="Metropolitan governance",
            ),
            _i(
                16,
                "~ One repository of practices and learning materials, with shared tags "
                "#knowledge-management @UCLG @Metropolis",
                theme="Knowledge management",
            ),
            _i(
                20,
                "~ Joint communication of learning results to political leaders #visibility "
                "@UCLG @Metropolis",
                theme="Communication and visibility",
            ),
            _i(
                24,
                "~ Common methodology and evaluation for peer reviews #evaluation @UCLG @Metropolis",
                theme="Monitoring and evaluation",
            ),
            _i(
                28,
                "~ Joint proposals to development partners and foundations #resource-mobilization "
                "@UCLG @Metropolis",
                theme="Resource mobilization",
            ),
            _i(
                32,
                "~ Training of elected officials and staff: each opens its courses to the other's members "
                "#training @UCLG @Metropolis",
                theme="Training",
            ),
            _i(
                36,
                "~ Localising the SDGs and the New Urban Agenda: shared learning modules #SDGs "
                "@UCLG @Metropolis",
                theme="SDG localisation",
            ),
            _i(
                40,
                "~ Gender equality in local and metropolitan policies: joint exchanges #gender "
                "@UCLG @Metropolis",
                theme="Gender equality",
            ),
            _i(
                44,
                "~ Research on learning outcomes with university partners #research @UCLG @Metropolis "
                "@[Institute of Urban Studies]",
                theme="Research",
            ),
            _i(
                48,
                "~ Metropolitan members host UCLG peer exchanges; UCLG sections are the entry point for "
                "Metropolis members in their regions #peer-learning @UCLG @Metropolis",
                theme="Peer learning",
            ),
            _i(
                52,
                "~ Co-hosted exchange on citizen participation within the shared calendar #participation "
                "@[Mexico City Government] @[City of Rosario]",
                theme="Participation",
            ),
            _i(
                56,
                "~ Shared courses for municipal staff between Durban's institute of learning and the "
                "local government academy #training @[City of Durban] "
                "@[African Local Governments Association]",
                theme="Training",
            ),
            _i(
                62,
                "= Top three synergies by vote: shared calendar, joint exchanges on metropolitan "
                "governance, one repository of practices #synergies",
            ),
            _i(
                66,
                "* Synergies must not blur the two identities: Metropolis speaks for metropolitan "
                "governments, UCLG for local governments at large #identity",
            ),
            _i(70, "? Who runs the shared calendar from day to day? @[Nadia Benali]"),
            _i(
                74,
                "! Name one focal point for the synergies in each secretariat @UCLG @Metropolis "
                "due:2017-10-31",
                DONE,
            ),
            _i(
                80,
                "! Draft the shared calendar of learning activities for 2018 @[Nadia Benali] due:2017-12-15",
            ),
            _i(85, '" Two networks, one door for members @[Sofia Lindqvist]'),
        ),
    ),
    SampleSession(
        day=3,
        title=CLOSING,
        start="12:30",
        end="13:15",
        room=PLENARY_ROOM,
        format="plenary",
        questions=(
            "What do both organisations commit to as a step forward?",
            "How do participants stay involved?",
        ),
        moderator="Elena Varga",
        speakers=("Clara Fontaine", "Jordi Serra Vidal"),
        rapporteur="Grace Mwangi",
        summary=(
            "The closing summed up three days of methodologies, expectations, roadmap and synergies. As "
            "a step forward, both organisations agreed to follow up:\n\n"
            "- to **define the strategy of learning** more precisely;\n"
            "- to integrate it into a **calendar of decision making**;\n"
            "- to **specify activities**;\n"
            "- to accompany the **working groups**;\n"
            "- to involve **more partners and members**.\n\n"
            "Participants were encouraged to follow up on upcoming activities and to identify their main "
            "interests and possible collaboration. The outcomes (full written summaries of all the "
            "sessions, selected photos and Tim Campbell's presentation on *Smart Cities and beyond*) are "
            "published on [UCLG's website](https://www.uclg.org)."
        ),
        items=(
            _i(
                2,
                "@[Elena Varga] summed up the three days: methodologies, expectations, roadmap, synergies.",
            ),
            _i(
                5,
                "= Both organisations follow up: define the strategy of learning more precisely, integrate it into a "
                "calendar of decision making, specify activities, accompany the working groups, involve "
                "more partners and members #follow-up",
            ),
            _i(
                8,
                "! Define the strategy of learning more precisely on the basis of the roadmap draft @UCLG "
                "due:2017-12-15 #follow-up",
            ),
            _i(
                11,
                "! Integrate the strategy of learning into a calendar of decision making, from the "
                "statutory meetings to the 2018 programmes @UCLG @Metropolis due:2018-01-31 #follow-up",
            ),
            _i(
                14,
                "! Specify activities for 2018 under each focus area, with dates and hosts @[Elena Varga] "
                "due:2018-02-28 #follow-up",
            ),
            _i(
                17,
                "! Accompany the working groups formed in Barcelona between meetings @[Clara Fontaine] "
                "due:2018-06-30 #follow-up",
            ),
            _i(
                20,
                "! Involve more partners and members in the learning agenda, starting with the "
                "associated networks and development partners present @[Pieter van Dam] due:2018-03-31 "
                "#follow-up",
            ),
            _i(
                24,
                "! Collect each participant's main interests and possible collaboration @[Grace Mwangi] "
                "due:2017-10-06 #follow-up",
                DONE,
            ),
            _i(
                27,
                "* Participants are encouraged to follow up on upcoming activities and identify their "
                "main interests and possible collaboration #follow-up",
            ),
            _i(
                30,
                '" This was a first joint meeting; the test is whether there is a second one '
                "@[Clara Fontaine]",
            ),
            _i(33, "? When and where is the next joint learning meeting? @[Wei Zhang]"),
            _i(
                36,
                "= A second joint learning meeting will be considered once the 2018 activities are "
                "specified #follow-up",
            ),
            _i(39, "Thanks to the interpreters, the rapporteurs and the Barcelona hosts."),
            _i(
                42,
                "Outcomes to be shared: full written summaries of all the sessions, selected photos, "
                'Tim Campbell\'s presentation on "Smart Cities and beyond".',
            ),
        ),
    ),
)

SAMPLE_SESSIONS: tuple[SampleSession, ...] = _DAY_1 + _DAY_2 + _DAY_3

_CREDIT = "Photo: UCLG / Metropolis"


def _at(day: int, hhmm: str) -> dt.datetime:
    date = SAMPLE_EVENT.start + dt.timedelta(days=day - 1)
    return dt.datetime.combine(date, dt.time.fromisoformat(hhmm), tzinfo=SAMPLE_TZ)


_PHONE = ("Apple", "iPhone 7")
_NIKON = ("NIKON CORPORATION", "NIKON D750")

SAMPLE_PHOTOS: tuple[PhotoSpec, ...] = (
    PhotoSpec(
        filename="IMG_0412.JPG",
        session=OPENING,
        scene="plenary",
        caption="Opening plenary of the first joint learning meeting of UCLG and Metropolis.",
        credit=_CREDIT,
        taken_at=_at(1, "09:41:12"),
        order=1,
        selected=True,
        seed=11,
    ),
    PhotoSpec(
        filename="IMG_0437.JPG",
        session=HOW_LEARNING,
        scene="panel",
        caption="Panel on how networks and cities are learning: inputs from Rosario, Durban, Seoul, "
        "the local government academy and Metropolis.",
        credit=_CREDIT,
        taken_at=_at(1, "10:52:40"),
        order=2,
        selected=True,
        seed=12,
    ),
    PhotoSpec(
        filename="IMG_0468.JPG",
        session=WHAT_LEARNED,
        scene="workshop",
        caption="Workshop tables on what is being learned.",
        credit=_CREDIT,
        taken_at=_at(1, "12:44:03"),
        order=3,
        selected=True,
        seed=13,
    ),
    PhotoSpec(
        filename="DSC_2031.JPG",
        session=WHO_LEARNS,
        scene="wall",
        caption="Post-its from the groups on who needs to learn.",
        credit=_CREDIT,
        taken_at=_at(1, "16:05:27"),
        order=4,
        camera=_NIKON,
        seed=14,
    ),
    PhotoSpec(
        filename="DSC_2102.JPG",
        session=None,
        scene="coffee",
        caption="Coffee break on the second day.",
        credit=_CREDIT,
        taken_at=_at(2, "11:08:55"),
        order=5,
        camera=_NIKON,
        seed=15,
    ),
    PhotoSpec(
        filename="IMG_0533.JPG",
        session=KEYNOTE,
        scene="keynote",
        caption="Tim Campbell presenting “Smart Cities and beyond”.",
        credit=_CREDIT,
        taken_at=_at(2, "11:47:31"),
        order=6,
        selected=True,
        seed=16,
    ),
    PhotoSpec(
        filename="IMG_2817.JPG",
        session=ROADMAP,
        scene="roadmap",
        caption="The roadmap board: focus areas by short, medium and long term.",
        credit="Photo: Metropolis",
        taken_at=_at(2, "16:21:09"),
        order=7,
        selected=True,
        portrait=True,
        orientation=6,
        camera=_PHONE,
        gps=BARCELONA_GPS,
        seed=17,
    ),
    PhotoSpec(
        filename="IMG_2840.JPG",
        session=SYNERGIES,
        scene="closeup",
        caption="A participant during the synergies workshop.",
        credit="Photo: Metropolis",
        taken_at=_at(3, "11:26:44"),
        order=8,
        consent=Consent.REFUSED,
        portrait=True,
        camera=_PHONE,
        gps=BARCELONA_GPS,
        seed=18,
    ),
    PhotoSpec(
        filename="DSC_2188.JPG",
        session=SYNERGIES,
        scene="roundtable",
        caption="Pairs of UCLG and Metropolis staff listing synergies.",
        credit=_CREDIT,
        taken_at=_at(3, "11:41:18"),
        order=9,
        camera=_NIKON,
        seed=19,
    ),
    PhotoSpec(
        filename="IMG_0601.JPG",
        session=CLOSING,
        scene="group",
        caption="Group photo of the participants at the close of the meeting.",
        credit=_CREDIT,
        taken_at=_at(3, "13:08:30"),
        order=10,
        selected=True,
        seed=20,
    ),
)

SAMPLE_SLIDES = SlidesSpec(
    filename="Tim Campbell - Smart Cities and beyond.pdf",
    session=KEYNOTE,
    title="Smart Cities and beyond",
    author="Tim Campbell",
    occasion="Barcelona, 13 September 2017",
    caption="Tim Campbell's presentation on “Smart Cities and beyond”.",
    credit="Tim Campbell",
    slides=(
        Slide(
            "Smart Cities and beyond",
            ("Tim Campbell", "UCLG and Metropolis learning meeting", "Barcelona, 13 September 2017"),
            subtitle="How cities learn, network and innovate",
        ),
        Slide(
            "Cities are learning all the time",
            (
                "Every city borrows ideas from other cities",
                "Learning happens by design or by accident",
                "Knowledge moves with people, not with documents",
                "The question: how to make learning deliberate",
            ),
        ),
        Slide(
            "Smart is more than technology",
            (
                "Sensors, data and platforms are tools",
                "A smart city is first of all a city that learns",
                "Institutions, leaders and staff who can change",
                "Citizens as part of the learning",
            ),
        ),
        Slide(
            "How cities learn",
            (
                "Study visits and staff exchanges",
                "Peer reviews and twinning",
                "Communities of practice",
                "Networks as brokers of knowledge",
            ),
            figure="network",
        ),
        Slide(
            "Opening and partnering with others",
            (
                "What is changing in UCLG: a network opening up",
                "Universities, foundations, development partners",
                "Other networks, such as Metropolis",
                "No city learns alone",
            ),
        ),
        Slide(
            "Clouds of trust",
            (
                "Cities learn from those they trust",
                "Trust grows with repeated encounters",
                "Opening up creates broader clouds of trust",
            ),
            figure="clouds",
        ),
        Slide(
            "What networks can do",
            (
                "Broker: find the right peer, fast",
                "Curate: keep what is learned",
                "Connect: small, stable peer groups",
                "Measure: what trust makes possible",
            ),
        ),
        Slide(
            "Beyond smart cities",
            (
                "Who needs to learn, and from whom?",
                "How do we know that learning happened?",
                "How do we keep the clouds of trust growing?",
            ),
            subtitle="Thank you",
        ),
    ),
)
