import Cluster
import KubeAPI

/// `kubectl auth whoami`: creates a SelfSubjectReview, in which the apiserver says who it takes
/// the caller to be (the impersonated user with `--as`), and prints its user as an
/// ATTRIBUTE/VALUE table, or the review itself with `-o`.
enum AuthWhoAmI {
    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let output = context.flags.string("output")
        if let output { _ = try ObjectOutput.checkFormat(output, context: context) }
        let cluster = try context.cluster
        let review: KubeObject
        do throws(APIError) {
            review = try cluster.selfSubjectReview(as: context.user)
        } catch {
            throw .error(error.reason == "Forbidden" ? forbidden : error.message)
        }
        guard output == nil else {
            return try ObjectOutput.print(
                review, type: .selfSubjectReviews, operation: "created", output: output, dryRun: .none,
                context: context, decoded: true)
        }
        let info = review[path: "status.userInfo"]
        var writer = TabWriter(minWidth: 6, padding: 3)
        writer.writeRow(["ATTRIBUTE", "VALUE"])
        if let name = info["username"].string, !name.isEmpty { writer.writeRow(["Username", name]) }
        if let uid = info["uid"].string, !uid.isEmpty { writer.writeRow(["UID", uid]) }
        if !info["groups"].array.isEmpty { writer.writeRow(["Groups", goList(info["groups"])]) }
        for (key, values) in info["extra"].object.sorted(by: { $0.key < $1.key }) {
            writer.writeRow(["Extra: \(key)", goList(values)])
        }
        context.io.out(writer.flush())
        return 0
    }

    /// A list of strings as Go's `%v` prints it: `[a b]`.
    private static func goList(_ values: JSONValue) -> String {
        "[" + values.array.compactMap(\.string).joined(separator: " ") + "]"
    }

    static let forbidden =
        "the selfsubjectreviews API is not enabled in the cluster or you do not have permission to call it"
}
