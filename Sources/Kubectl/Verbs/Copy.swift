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
        if source.pod != nil { return try copyFromPod(source, to: destination.path, context) }
        guard destination.pod != nil else { throw .error("one of src or dest must be a remote file specification") }
        return try copyToPod(source.path, to: destination, context)
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

    /// Packs the host's files and unpacks them in the container with `tar -xmf -`; into a
    /// directory the container has, the copy keeps the source's name.
    private static func copyToPod(_ local: String, to remote: FileSpec, _ context: VerbContext) throws(KubectlFailure)
        -> Int32
    {
        guard let files = context.localFiles, files.stat(local) != nil else {
            throw .error("\(local) doesn't exist in local filesystem")
        }
        var target = try Target(remote, context)
        var destination = remote.path
        let probe = IOStreams(sink: OutputBuffer())
        if target.run(["test", "-d", destination], io: probe, context) == 0 {
            destination = GoPath.join(destination, GoPath.base(GoPath.clean(local)))
        }
        let source = GoPath.clean(local)
        var members: [TarArchive.Member] = []
        pack(source, as: GoPath.base(GoPath.clean(destination)), files, into: &members)
        var command = context.flags.bool("no-preserve")
            ? ["tar", "--no-same-permissions", "--no-same-owner", "-xmf", "-"] : ["tar", "-xmf", "-"]
        command += ["-C", GoPath.directory(destination)]
        let streams = IOStreams(input: TarArchive(members: members).encoded, sink: context.io.sink)
        guard let status = target.run(command, io: streams, context) else { return 1 }
        if status != 0 { context.io.err("command terminated with exit code \(status)\n") }
        return status
    }

    /// A host file or directory as `tar` members named from `name` down; an empty directory
    /// is a member of its own, a full one only through its files.
    private static func pack(_ path: String, as name: String, _ files: any LocalFiles, into members: inout [TarArchive.Member]) {
        guard let info = files.stat(path) else { return }
        guard info.isDirectory else {
            members.append(.init(name: name, mode: info.mode, contents: files.read(path) ?? "", modified: info.modified))
            return
        }
        let children = files.list(path)
        if children.isEmpty { members.append(.init(name: name, isDirectory: true, mode: info.mode, modified: info.modified)) }
        for child in children { pack(GoPath.join(path, child), as: name + "/" + child, files, into: &members) }
    }

    /// Runs `tar cf - PATH` in the container and unpacks its output on the host. What tar says
    /// on stderr reaches kubectl's stdout, and tar's failure does not fail the copy.
    private static func copyFromPod(_ remote: FileSpec, to local: String, _ context: VerbContext) throws(KubectlFailure)
        -> Int32
    {
        var target = try Target(remote, context, messages: .stdout)
        let output = StandardOutputCapture(errorsTo: context.io)
        guard target.run(["tar", "cf", "-", remote.path], io: IOStreams(sink: output), context) != nil else { return 1 }
        guard let files = context.localFiles else { return 0 }
        guard let archive = TarArchive.decode(output.text) else { throw .error("archive/tar: invalid tar header") }
        let prefix = GoPath.strippingShortcuts(GoPath.clean(String(remote.path.drop { $0 == "/" })))
        for member in archive.members {
            guard member.name.hasPrefix(prefix) else { throw .error("tar contents corrupted") }
            let destination = GoPath.join(local, GoPath.clean(String(member.name.dropFirst(prefix.count))))
            if let problem = files.makeDirectories(GoPath.directory(destination)) { throw .error(problem) }
            if member.isDirectory {
                if let problem = files.makeDirectories(destination) { throw .error(problem) }
                continue
            }
            if let problem = files.create(destination, member.contents) { throw .error(problem) }
        }
        return 0
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
