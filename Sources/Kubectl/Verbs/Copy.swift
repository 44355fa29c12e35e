import Cluster
import KubeAPI

/// `kubectl cp SRC DEST`: copies files between the host and a container by running `tar` in
/// the container, as kubectl does, so a container without `tar` fails as it does for kubectl.
enum Copy {
    static let flags: [FlagSpec] = [
        FlagSpec("container", "c"), FlagSpec("no-preserve", nil, .bool), FlagSpec("retries", nil, .int),
    ]

    /// One side of a copy: a host path, or `[namespace/]pod:path`.
    struct FileSpec {
        var namespace: String?
        var pod: String?
        var path: String
    }

    static let verb = Verb(name: "cp", flags: flags, help: KubectlHelp.copy) { context throws(KubectlFailure) in
        let arguments = context.flags.positionals
        guard arguments.count == 2 else { throw .error("source and destination are required") }
        let source = try spec(arguments[0])
        let destination = try spec(arguments[1])
        if source.pod != nil, destination.pod != nil {
            throw .error("one of src or dest must be a local file specification")
        }
        if source.path.isEmpty || destination.path.isEmpty { throw .error("filepath can not be empty") }
        if let pod = source.pod {
            return try exec(["tar", "cf", "-", source.path], pod: pod, namespace: source.namespace, context)
        }
        guard let pod = destination.pod else { throw .error("one of src or dest must be a remote file specification") }
        guard context.readFile?(source.path) != nil || context.listFiles?(source.path) != nil else {
            throw .error("\(source.path) doesn't exist in local filesystem")
        }
        var command = context.flags.bool("no-preserve")
            ? ["tar", "--no-same-permissions", "--no-same-owner", "-xmf", "-"] : ["tar", "-xmf", "-"]
        let directory = parentDirectory(of: destination.path)
        if !directory.isEmpty { command += ["-C", directory] }
        return try exec(command, pod: pod, namespace: destination.namespace, context)
    }

    /// kubectl's reading of a file argument: a colon (not first) separates `[namespace/]pod` from the path.
    static func spec(_ text: String) throws(KubectlFailure) -> FileSpec {
        guard let colon = text.firstIndex(of: ":") else { return FileSpec(path: text) }
        guard colon != text.startIndex else { throw .error(formatError) }
        let pieces = text[..<colon].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let path = String(text[text.index(after: colon)...])
        switch pieces.count {
        case 1: return FileSpec(pod: pieces[0], path: path)
        case 2: return FileSpec(namespace: pieces[0], pod: pieces[1], path: path)
        default: throw .error(formatError)
        }
    }

    /// Runs `command` in the pod's container (with -c, else the default one), as kubectl exec would.
    private static func exec(_ command: [String], pod name: String, namespace: String?, _ context: VerbContext)
        throws(KubectlFailure) -> Int32
    {
        let cluster = try context.cluster
        let pod: KubeObject
        do {
            pod = try cluster.get(.pods, namespace: namespace ?? context.namespace, name: name)
        } catch {
            throw .server(error)
        }
        let phase = pod[path: "status.phase"].string ?? ""
        if phase == "Succeeded" || phase == "Failed" {
            throw .error("cannot exec into a container in a completed pod; current phase is \(phase)")
        }
        let containers = pod[path: "spec.containers"].array.compactMap { $0["name"].string }
        let container = context.flags.string("container")
            ?? pod.annotations["kubectl.kubernetes.io/default-container"] ?? containers.first ?? ""
        guard containers.contains(container) else { throw .error("container \(container) not found in pod \(name)") }
        guard let executor = context.executor else { throw .error("no container runtime to run tar in") }
        let code = executor.exec(pod: pod, container: container, command: command, io: context.io)
        return code == 0 ? 0 : 1
    }

    /// The directory part of a path, as Go's `path.Dir` without the final element.
    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    static let formatError = "filespec must match the canonical format: [[namespace/]pod:]file/path"
}

extension KubectlHelp {
    static let copy = """
        Copy files and directories between the host and a container. A path in a container is
        written POD:PATH or NAMESPACE/POD:PATH. kubectl runs tar inside the container to pack or
        unpack the files, so the container's image must have tar.

        Examples:
          # Copy a file from the host into a pod
          kubectl cp ./index.html web:/usr/share/nginx/html/index.html

          # Copy a file out of a pod in another namespace
          kubectl cp kube-system/my-pod:/etc/app/app.conf ./app.conf

          # Pick the container
          kubectl cp ./app.conf web:/etc/app.conf -c sidecar

        Options:
            -c, --container='':
        \tThe container to copy to or from; the pod's default container when empty.

            --no-preserve=false:
        \tDo not keep the files' owner and permissions in the container.

            --retries=0:
        \tHow many times to retry a copy that fails part way.

        Usage:
          kubectl cp <file-spec-src> <file-spec-dest> [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
