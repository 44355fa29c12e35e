import Kubectl

/// `id [-u|-g|-G] [-n] [USER]`: a user's IDs and groups from the system's `/etc/passwd` and
/// `/etc/group` (the primary group first, then each group that lists the user, in file order).
struct IdCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "id", context, failure: 1)
        } catch {
            return error.status
        }
        let keys = parsed.options.map(\.key)
        let database = UserDatabase(context.session)
        var status: Int32 = 0
        for name in parsed.operands.isEmpty ? [context.session.user] : parsed.operands {
            guard let user = database.user(name) else {
                context.io.err("id: \(GNUMessages.quote(name)): no such user\n")
                status = 1
                continue
            }
            context.io.out(describe(user, database, keys) + "\n")
        }
        return status
    }

    /// One user's line: the IDs `-u`, `-g` or `-G` asks for (names with `-n`), or all of them labelled.
    private func describe(_ user: UserDatabase.User, _ database: UserDatabase, _ keys: [String]) -> String {
        let groups = database.groups(of: user)
        let names = keys.contains("n")
        func shown(_ id: Int, _ label: String?) -> String { names ? label ?? String(id) : String(id) }
        func labelled(_ id: Int, _ label: String?) -> String { label.map { "\(id)(\($0))" } ?? String(id) }
        if keys.contains("u") { return shown(user.uid, user.name) }
        if keys.contains("g") { return shown(user.gid, database.groupName(user.gid)) }
        if keys.contains("G") { return groups.map { shown($0, database.groupName($0)) }.joined(separator: " ") }
        return "uid=\(labelled(user.uid, user.name)) gid=\(labelled(user.gid, database.groupName(user.gid))) groups="
            + groups.map { labelled($0, database.groupName($0)) }.joined(separator: ",")
    }

    private static let parser = OptionParser(
        short: "ugGnr",
        long: [.init("user", key: "u"), .init("group", key: "g"), .init("groups", key: "G"), .init("name", key: "n"), .init("real", key: "r")])
}

/// The accounts in a system's `/etc/passwd` and `/etc/group`.
struct UserDatabase {
    struct User {
        var name: String
        var uid: Int
        var gid: Int
    }

    private var users: [User] = []
    /// Each group's name, ID and members, in file order.
    private var groupEntries: [(name: String, gid: Int, members: [String])] = []

    init(_ session: ShellSession) {
        for line in (session.filesystem.read("/etc/passwd") ?? "").split(separator: "\n") {
            let fields = line.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count > 3, let uid = Int(fields[2]), let gid = Int(fields[3]) else { continue }
            users.append(User(name: String(fields[0]), uid: uid, gid: gid))
        }
        for line in (session.filesystem.read("/etc/group") ?? "").split(separator: "\n") {
            let fields = line.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count > 3, let gid = Int(fields[2]) else { continue }
            groupEntries.append((String(fields[0]), gid, fields[3].split(separator: ",").map(String.init)))
        }
        // base-passwd's first entries, which every Debian-family system has.
        if users.isEmpty, session.user == "root" { users = [User(name: "root", uid: 0, gid: 0)] }
        if groupEntries.isEmpty { groupEntries = [("root", 0, [])] }
    }

    /// A user by name, or by number.
    func user(_ name: String) -> User? {
        users.first { $0.name == name } ?? Int(name).flatMap { uid in users.first { $0.uid == uid } }
    }

    func groupName(_ gid: Int) -> String? { groupEntries.first { $0.gid == gid }?.name }

    /// A group's ID by name, or the number itself.
    /// Without a group of that name, a user's own group (Debian names it after the user).
    func gid(ofGroup name: String) -> Int? {
        groupEntries.first { $0.name == name }?.gid ?? users.first { $0.name == name }?.gid ?? Int(name)
    }

    /// The user's primary group, then every other group that lists the user.
    func groups(of user: User) -> [Int] {
        [user.gid] + groupEntries.filter { $0.members.contains(user.name) && $0.gid != user.gid }.map(\.gid)
    }
}
