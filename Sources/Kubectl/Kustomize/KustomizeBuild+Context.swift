import Cluster
import KubeAPI
import OrderedCollections

extension KustomizeBuild {
    /// A build reading the host's files through kubectl's hooks, with the lab's schema for scopes
    /// and patch strategies, warning on kubectl's standard error.
    init(_ context: VerbContext) {
        let lab = context.lab
        let readFile = context.readFile, listDirectory = context.listDirectory, io = context.io
        self.init(
            files: KustomizeFiles(
                workingDirectory: context.workingDirectory, readFile: { readFile?($0) }, listDirectory: { listDirectory?($0) }),
            clusterScoped: { apiVersion, kind in lab.resourceType(apiVersion: apiVersion, kind: kind).map { !$0.namespaced } ?? false },
            patchMeta: { apiVersion, kind in lab.resourceType(apiVersion: apiVersion, kind: kind).map(lab.patchMeta(for:)) ?? .none },
            schema: lab.settings.schema,
            warn: { io.err($0 + "\n") })
    }

    /// The objects of `-k DIRECTORY`, each with the directory as its source, as kubectl's
    /// resource builder names them; a failed build is worded by `failure`.
    static func manifests(
        _ directory: String, _ context: VerbContext, failure: (String) -> KubectlFailure
    ) throws(KubectlFailure) -> [(KubeObject, String)] {
        do {
            return try KustomizeBuild(context).run(directory).map { (KubeObject($0), directory) }
        } catch {
            throw failure(error.message)
        }
    }
}
