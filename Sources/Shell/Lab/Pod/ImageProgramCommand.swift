import Cluster
import KubeAPI
import Kubectl

/// One of the image's own programs run in its container (`nginx -v`, `redis-cli ping`): what
/// the catalog says it prints for that command line, or, for a command line the catalog does
/// not give, the lab's honest refusal (`UnsimulatedProgram`).
struct ImageProgramCommand: ShellCommand {
    let program: ImageProgram
    let cluster: Cluster
    let pod: KubeObject
    let container: String
    /// The command lines `kubectl exec` started in the container, outermost first.
    let started: [String]

    func run(_ context: CommandContext) -> Int32 {
        let arguments = Array(context.arguments.dropFirst())
        var facts = cluster.templateFacts(of: pod, container: container)
        facts.tag["pid"] = String(pid(of: context))
        guard let answer = program.answer(to: arguments), let text = answer.rendered(time: cluster.now, facts: facts) else {
            return UnsimulatedProgram().run(context)
        }
        context.io.out(text.out)
        context.io.err(text.err)
        return answer.status
    }

    /// The process's ID: the one `kubectl exec` started, when it is this command line, else the next one.
    private func pid(of context: CommandContext) -> Int {
        let processes = PodProcesses(cluster: cluster, pod: pod, container: container, filesystem: context.session.filesystem)
            .list(then: started)
        let last = processes.last?.pid ?? 1
        return started.last == context.arguments.joined(separator: " ") ? last : last + PodProcesses.pidStep
    }
}
