import Cluster
import KubeAPI

extension ResourceRequest {
    /// The objects a verb acts on: with `-f` or `-k` the live objects the manifests name (and
    /// resource arguments refused); otherwise each object `arguments` names, or with `all` or a
    /// `selector` each one they select. With `local`, the manifests themselves. With `gathering`,
    /// what `body` throws is kept and thrown together at the end, as kubectl's builder does when
    /// told to continue on errors; `fetchFailed` takes each named object that could not be read,
    /// and the others are visited still. `accept` is what the verb's builder asks the server for,
    /// and `subresource` the part of a named object it reads.
    static func forEachTarget(
        _ arguments: [String], _ context: VerbContext, all: Bool = false, selector: SelectorQuery? = nil,
        local: Bool = false, gathering: Bool = false, fetchFailed: ((KubectlFailure) -> Void)? = nil,
        accept: String = ServerRequest.MediaTypes.json, subresource: String = "", _ body: (ResourceType, KubeObject) throws(KubectlFailure) -> Void
    ) throws(KubectlFailure) {
        var failures: [GatheredError] = []
        func visit(_ type: ResourceType, _ object: KubeObject) throws(KubectlFailure) {
            guard gathering else { return try body(type, object) }
            do {
                try body(type, object)
            } catch {
                failures.append(.worded(error.message))
            }
        }
        if ManifestFiles.given(context) {
            try ManifestTargets.forEach(
                context, resources: arguments, local: local, fetchFailed: fetchFailed, accept: accept, visit)
        } else if let selector {
            try parse(arguments).forEachSelected(
                context, all: all, selector: selector, fetchFailed: fetchFailed, accept: accept, visit)
        } else {
            try parse(arguments).forEachNamed(
                context, fetchFailed: fetchFailed, accept: accept, subresource: subresource, visit)
        }
        if !failures.isEmpty { throw .aggregate(failures) }
    }
}
