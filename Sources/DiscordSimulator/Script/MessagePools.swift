/// The words the scripted traffic is made of: message templates per kind and
/// the slot values they are filled with.
///
/// A template names slots in braces (`{framework}`); each slot is filled with a
/// seeded pick from `slots`, so a modest number of templates yields a very
/// large number of distinct, plausible messages. A few slots are filled by the
/// traffic generator itself because they depend on the guild: `{user}` (a
/// mention of another member), `{bot}` (a mention of the bot), `{handle}` (the
/// author's username) and `{code}` (a random token).
enum MessagePools {
    static let chat = [
        "morning all ☕ anyone else fighting {tool} today?",
        "finally moved our app to {framework} and honestly it's so much nicer",
        "hot take: {api} is overused",
        "did anyone watch the WWDC session on {framework}? worth the 40 minutes?",
        "my build went from 4 min to 40s after cleaning up {tool} settings, wild",
        "{user} thanks for the tip yesterday, the {api} thing fixed it",
        "TIL you can write `if let value {` without `= value` since Swift 5.7",
        "anyone going to {conference} this year?",
        "the {framework} docs got a lot better, this page especially: {link}",
        "I'm convinced \"{error}\" is the compiler telling me to go outside",
        "shipping on a Friday, wish me luck 🫡",
        "is it just me or is the simulator super slow since {tool} updated?",
        "reading {link} right now, anyone have thoughts on it?",
        "+1 to what {user} said, {api} saved me a lot of boilerplate",
        "that feeling when the fix is a one-character typo 🙃",
        "pair programming with {user} today, we deleted 600 lines and nothing broke",
        "strict concurrency checking found three real bugs in our networking layer, I'm a convert",
        "anyone tried {framework} on Linux yet? curious how far it gets",
        "PSA: {tool} has a new release out, changelog is worth a skim",
        "lunch break, then back to untangling our {framework} navigation 😮‍💨",
        "{bot} is it ok to share a link to my blog post about {framework} here?",
        "what's everyone's favourite way to structure a {framework} project these days?",
        "rubber duck moment: typed out my question and solved it. thanks everyone 🦆",
        "anyone else think `{api}` should have been called something else?",
        "happy Swift 6 migration season to those who celebrate",
    ]

    static let questions = [
        "why does this give me \"{error}\"?\n```swift\n{snippet}\n```\nSwift 6, strict concurrency on.",
        "how do I {task} in {framework}? tried {api} but it didn't do what I expected",
        "quick q: is `{api}` safe to call from a background thread?",
        "anyone know a good way to {task}? the docs ({link}) don't really cover it",
        "getting \"{error}\" after updating {tool}, any ideas?\n```\n{snippet}\n```",
        "what's the idiomatic way to {task} with {api}?",
        "I need to {task} without blocking the main actor. this is what I have:\n```swift\n{snippet}\n```",
        "newbie question: when should I reach for {api} instead of a plain class?",
        "does anyone have an example repo that shows how to {task}? GitHub links welcome",
        "my tests hang forever when I {task}. any tips for debugging async tests with {tool}?",
        "{user} you mentioned {framework} earlier, how did you {task}?",
    ]

    static let showcase = [
        "Just shipped v{version} of {project}, {description}. Built with {framework}. {repo}",
        "Weekend project: {description} 🛠️ {repo}",
        "Open-sourced {project}: {description}. Feedback very welcome! {repo}",
        "{project} {version} is out 🎉 {description}, now with {framework} support. {repo}",
        "Been working on this for months: {project}, {description}. Beta on TestFlight, code at {repo}",
        "Made {description} to scratch my own itch. Swift Package, MIT: {repo}",
    ]

    static let introductions = [
        "Hey everyone! I'm {first}, mostly doing {framework} these days. Based in {city} 👋",
        "hi 👋 long-time lurker, {years} years of iOS, currently at {company}",
        "Hello! {first} here from {city}. Learning Swift after a decade of web dev, be gentle 😅",
        "Hi all, {first} from {city}. I maintain a couple of {framework} libraries and love talking concurrency",
        "yo! just found this server through the Swift forums. building {description} in my spare time",
        "Hey! {first}, backend dev in {city} poking at server-side Swift with {framework}",
    ]

    static let hardNegatives = [
        "my cron job runs twice after the DST change, any idea why?",
        "what's a good job queue for a {framework} app? Redis or Postgres-backed?",
        "the hiring manager asked me to explain actors vs GCD in my interview, how would you answer that?",
        "great job on the talk yesterday {user}!",
        "is there a way to cancel a background job with BGTaskScheduler once it's scheduled?",
        "our company has a hiring freeze so I'm spending the time learning {framework} lol",
        "`launchd` job keeps dying with exit code 78, anyone seen that?",
        "Jobs' 2007 iPhone keynote still gives me chills",
        "CI job failed again: \"{error}\" 😩",
        "how do you all prep for system design interviews for iOS roles?",
        "anyone else's GitHub Actions job stuck on \"Waiting for a runner\"?",
        "we're not hiring, but if you want to contribute to {project} PRs are very welcome",
        "I work at {company}, happy to answer questions about shipping {framework} at scale",
        "thinking of quitting my job to go indie, talk me out of it",
        "job done 🎉 tests are green",
        "does the `Task` in a `.task {}` modifier get cancelled when the view goes away? asking for a job-queue thing",
        "recruiters keep asking for 5 years of {framework} experience, it's been out for 3 🙃",
        "my manager wants a cost estimate for moving the job scheduler to Swift, any war stories?",
    ]

    static let jobPosts = [
        "We're hiring: {role}, {location}, {salary}. DM me or apply at {careers}",
        "[HIRING] {role} at {company} | {location} | {salary} | {framework} + Swift Concurrency. Apply: {careers}",
        "{company} is hiring: {role} for our mobile team. {years}+ years with {framework}. {location}. Details: {careers}",
        "Anyone looking for a contract gig? Need a {framework} dev for ~3 months, {salary}, {location}. DM me",
        "Hiring! Founding iOS engineer at an early-stage startup (seed round, {location}), {salary} + equity. Ping me if interested",
        "My team at {company} has two openings ({role}). {location}. Referral link: {careers}",
        "[HIRING] Part-time {framework} contractor, 20 h/week, {salary}, {location}. Send a portfolio via DM",
        "will pay $80 for someone to help me fix my {tool} setup tonight, DM me",
    ]

    static let jobSeeking = [
        "Junior dev looking for work, here's my portfolio: https://{handle}.dev",
        "Hi all, I'm an iOS developer with {years} years of experience, just got laid off 😬 open to {location} roles. Portfolio: https://{handle}.github.io",
        "[FOR HIRE] {framework} freelancer, available 20-30 hrs/week, {rate}. DM me!",
        "Bootcamp grad looking for my first iOS role, happy to do a take-home. GitHub: https://github.com/{handle}",
        "Open to work: Swift backend dev ({framework}), {years} yrs, EU timezone. CV on request",
        "anyone hiring? I know {framework} and {framework}, can start immediately",
        "Looking for an internship or junior role in {city} or remote. Shipped 2 apps to the App Store: https://{handle}.dev/apps",
    ]

    static let scams = [
        "Hiring now!!! Remote crypto trading assistant, earn $3,000/week, no experience needed. DM me on telegram {telegram}",
        "🎁 Free Discord Nitro for 3 months, gifted by Steam: https://{scamDomain}/{code}",
        "🚀 {coin} airdrop is LIVE for early devs, claim before it closes: https://{scamDomain}/claim?ref={code}",
        "I made $12,400 last week with a trading mentor, message her on telegram {telegram} and tell her I sent you",
        "Looking for 5 devs to test our web3 game, $500/day paid in USDT, DM me on telegram {telegram}",
        "hey, I accidentally reported your account 😟 please contact Discord staff here before you get banned: https://{scamDomain}/support/{code}",
        "Blockchain company HIRING Swift devs $250/hr 🔥🔥 no interview needed, apply via telegram {telegram}",
        "who wants free nitro? first 50 people only 👉 https://{scamDomain}/gift/{code}",
    ]

    static let massMentions = [
        "@everyone FREE NITRO giveaway ends tonight 👉 https://{scamDomain}/{code}",
        "@everyone @here new {coin} airdrop just dropped, claim yours: https://{scamDomain}/{code}",
        "@everyone we are hiring 20 remote crypto testers, $400/day, DM me on telegram {telegram}",
    ]

    static let botMessages = [
        "Welcome {user}! Say hi in here and tell us what you're building 🚀",
        "👋 {user} just joined. Please read the channel topics before posting links.",
        "📌 Reminder: job posts go in #jobs, and please use [HIRING] or [FOR HIRE].",
    ]

    static let slots: [String: [String]] = [
        "framework": [
            "SwiftUI", "UIKit", "Combine", "SwiftData", "Core Data", "Vapor", "Hummingbird", "TCA", "GRDB",
            "swift-nio", "Swift Testing", "XCTest", "RealityKit", "Metal", "MapKit", "StoreKit 2", "WidgetKit",
            "App Intents", "swift-argument-parser", "AsyncAlgorithms",
        ],
        "api": [
            "Task.detached", "@MainActor", "AsyncStream", "withTaskGroup", "NavigationStack", "@Observable",
            "Sendable", "actor", "Codable", "URLSession.data(for:)", "@Environment", "GeometryReader",
            "LazyVGrid", "withCheckedContinuation", "nonisolated(unsafe)", "@preconcurrency", "Mutex",
        ],
        "error": [
            "Sending 'self' risks causing data races",
            "Type of expression is ambiguous without a type annotation",
            "Thread 1: EXC_BAD_ACCESS (code=1, address=0x10)",
            "Publishing changes from background threads is not allowed",
            "The compiler is unable to type-check this expression in reasonable time",
            "Command SwiftCompile failed with a nonzero exit code",
            "Main actor-isolated property 'items' can not be mutated from a nonisolated context",
            "dyld: Library not loaded: @rpath/libswift_Concurrency.dylib",
            "No such module 'XCTest'",
            "Reference to captured var 'count' in concurrently-executing code",
            "Fatal error: Unexpectedly found nil while unwrapping an Optional value",
        ],
        "tool": ["Xcode 16", "SwiftPM", "Tuist", "fastlane", "swift-format", "SwiftLint", "Instruments", "lldb", "xcodebuild"],
        "conference": ["WWDC", "try! Swift Tokyo", "Swift Heroes", "NSSpain", "Deep Dish Swift", "ServerSide.swift"],
        "link": [
            "https://developer.apple.com/documentation/swift/sendable",
            "https://www.swift.org/documentation/concurrency/",
            "https://forums.swift.org/t/pitch-region-based-isolation/62965",
            "https://github.com/swiftlang/swift-evolution/blob/main/proposals/0414-region-based-isolation.md",
            "https://developer.apple.com/documentation/swiftui/navigationstack",
            "https://www.swift.org/migration/documentation/migrationguide/",
            "https://developer.apple.com/videos/play/wwdc2024/10169/",
        ],
        "task": [
            "debounce a search field", "cancel a task when a view disappears", "share a model between two windows",
            "test code that calls Date()", "stream lines from a large file", "decode dates with fractional seconds",
            "paginate a List from an API", "make an actor conform to a protocol with sync requirements",
            "retry a request with exponential back-off", "bridge a delegate API to async/await",
        ],
        "snippet": [
            "let items: [Int] = []\nprint(items[0])",
            "Task {\n    self.count += 1\n}",
            "class Store: ObservableObject {\n    @Published var items: [Item] = []\n}",
            "func load() async throws -> [Post] {\n    let (data, _) = try await URLSession.shared.data(from: url)\n    return try JSONDecoder().decode([Post].self, from: data)\n}",
            "actor Cache {\n    var storage: [String: Data] = [:]\n}\nlet cache = Cache()\ncache.storage[\"a\"] = nil",
            "DispatchQueue.global().async {\n    self.label.text = \"done\"\n}",
        ],
        "project": [
            "Tidepool", "KanjiDrill", "NoteNest", "PocketForecast", "StackSmith", "Lumen", "Fieldnote", "Driftwood",
            "Quill", "Harbor", "TinyPNG-CLI", "MenuBarCI",
        ],
        "description": [
            "a tiny habit tracker", "a Markdown editor for iPad", "a SwiftPM plugin that lints your Package.swift",
            "a CLI that resizes app icons", "a Vapor template with auth and Postgres", "a Mastodon client for visionOS",
            "a menu-bar app that shows your CI status", "a SwiftUI charting library", "an offline-first notes app",
            "a Swift wrapper around SQLite full-text search",
        ],
        "version": ["1.0", "1.2", "2.0", "0.9 beta", "3.1.4", "1.0.0-rc1"],
        "city": ["Lisbon", "Lagos", "Toronto", "Berlin", "Bangalore", "Austin", "Manila", "Kraków", "Melbourne", "São Paulo", "Osaka"],
        "company": [
            "Tidepool Health", "Brightline", "Orbital Labs", "Northwind Apps", "Kestrel Finance", "Lumen Studio",
            "Fieldnote", "Harbor AI",
        ],
        "role": [
            "senior iOS engineer", "iOS developer", "Swift backend engineer (Vapor)", "mobile lead", "macOS engineer",
            "founding mobile engineer", "staff iOS engineer", "visionOS developer",
        ],
        "salary": ["$150k", "$120-140k", "€85k", "£70k + equity", "$95/hr", "$160-190k + equity", "€600/day"],
        "rate": ["$70/hr", "€60/hr", "$90/hr, flexible for non-profits", "£450/day"],
        "location": [
            "remote", "remote (US only)", "hybrid in Berlin", "on-site in Austin", "remote within EU timezones",
            "London, 2 days a week in the office",
        ],
        "careers": [
            "https://tidepool.health/careers/ios", "https://jobs.brightline.app/4821", "https://orbitallabs.io/jobs",
            "https://northwind.dev/careers#mobile", "https://kestrel.finance/join", "https://boards.greenhouse.io/lumenstudio/jobs/5523",
        ],
        "years": ["1", "2", "3", "5", "7", "10"],
        "scamDomain": [
            "dlscord-nitro.gift", "discorcl.com", "steamcommunlty.ru", "disc0rd-app.click", "nitro-claim.xyz",
            "swift-airdrop.claims", "dlscordapp.info", "discord-gifts.ru",
        ],
        "coin": ["$SWIFT", "$DEVX", "$NEBULA", "$XCODE"],
        "telegram": ["@crypto_hr_desk", "@emma_fx_signals", "@hr_talent_web3", "@nitro_support_team"],
    ]
}
