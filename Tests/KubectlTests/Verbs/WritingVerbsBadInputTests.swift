import Cluster
import KubeAPI
import Kubectl
import Testing

/// Bad input to the writing verbs: each fails with exit code 1 and one kubectl error, and the
/// cluster is left exactly as it was.
@Suite("writing verbs: bad input")
struct WritingVerbsBadInputTests {
    static let commands: [[String]] = [
        ["expose", "deploy", "web", "--port=http"], ["expose", "node", "tk8s-worker1", "--port=80"],
        ["expose", "deploy", "web", "--port=80", "--type=Fancy"], ["expose", "deploy", "web", "--port=70000"],
        ["create", "service", "clusterip", "x"], ["create", "service", "nodeport", "x", "--tcp=80", "--node-port=80"],
        ["create", "service", "clusterip", "x", "--tcp=80:Bad_Name"], ["create", "cm", "x", "--from-literal=novalue"],
        ["create", "cm", "Bad", "--from-literal=a=1"], ["create", "secret", "tls", "t"], ["create", "secret", "bogus", "x"],
        ["create", "quota", "q", "--hard=cpu=lots"], ["create", "role", "r", "--verb=get", "--resource=widgets"],
        ["create", "rolebinding", "rb", "--role=r", "--serviceaccount=robot"], ["create", "sa"],
        ["annotate", "deploy", "web", "a=1", "a-"], ["annotate", "deploy", "web"], ["annotate", "pod", "nosuch", "a=1"],
        ["set", "env", "deploy/web", "1BAD=x"], ["set", "env", "deploy/web", "A=1", "oops"],
        ["set", "resources", "deploy/web", "--limits=cpu"], ["set", "resources", "deploy/web", "-c", "none", "--limits=cpu=1"],
        ["set", "env", "pod/goweb", "A=1"], ["patch", "deploy", "web", "-p", "{bad"],
        ["patch", "deploy", "web", "--type=json", "-p", #"[{"op":"remove","path":"/nope"}]"#],
        ["patch", "deploy", "web", "-p", #"{"spec":{"replicas":-2}}"#], ["patch", "deploy", "web", "--type=x", "-p", "{}"],
        ["autoscale", "deploy", "web"], ["autoscale", "deploy", "web", "--max=1", "--min=5"],
        ["autoscale", "pod", "goweb", "--max=2"], ["wait", "deploy/web"], ["wait", "--for=bogus", "deploy/web"],
        ["wait", "--for=condition=Ready", "--timeout=5", "deploy/web"], ["edit", "deploy", "web"],
        ["create", "cm", "x", "--from-literal=a=1", "-o", "wide"], ["annotate", "deploy", "web", "a=1", "-o", "wide"],
    ]

    @Test("fails cleanly and changes nothing", arguments: commands)
    func badInput(_ arguments: [String]) throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        let before = ResourceType.served.map { h.cluster.list($0) }
        let buffer = OutputBuffer()
        let code = h.kubectl.run(arguments, io: IOStreams(sink: buffer))
        #expect(code == 1)
        #expect(!buffer.stderr.isEmpty)
        #expect(buffer.stdout.isEmpty)
        #expect(ResourceType.served.map { h.cluster.list($0) } == before)
    }
}
