import Cluster
import KubeAPI

/// `kubectl delete --raw URI [-f OPTIONS]`: delete's flags are read and checked as for any
/// delete, then the path is sent a DELETE with the file (DeleteOptions) as its body. Resource
/// arguments are not looked at.
extension Delete {
    static func runRaw(_ raw: String, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        _ = try cascade(flags.string("cascade") ?? "background", io: context.io)
        var gracePeriod = flags.string("grace-period").flatMap { Int($0) } ?? -1
        if flags.bool("now") {
            guard gracePeriod == -1 else { throw .error("--now and --grace-period cannot be specified together") }
            gracePeriod = 1
        }
        let force = flags.bool("force")
        if gracePeriod == 0 && !force { gracePeriod = 1 }
        if force && gracePeriod < 0 { gracePeriod = 0 }
        _ = try context.dryRun()
        let output = flags.string("output") ?? ""
        guard output.isEmpty || output == "name" else { throw .error("unexpected -o output mode: \(output). We only support '-o name'") }
        if flags.bool("all") {
            if !(flags.string("selector") ?? "").isEmpty { throw .error("cannot set --all and --selector at the same time") }
            if !(flags.string("field-selector") ?? "").isEmpty { throw .error("cannot set --all and --field-selector at the same time") }
        }
        if force && gracePeriod == 0 { context.io.err(forceWarning) }
        if force && gracePeriod > 0 { throw .error("--force and --grace-period greater than 0 cannot be specified together") }
        if flags.bool("interactive") { throw .error("--interactive can not be used with --raw") }
        try RawWrite.check(raw, context: context, exactlyOneFile: false)
        return try RawWrite.send("DELETE", raw: raw, context: context)
    }
}
