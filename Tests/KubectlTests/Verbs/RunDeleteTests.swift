import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl run and delete")
struct RunDeleteTests {
    @Test("run creates a pod labelled run=NAME that starts in virtual seconds")
    func runStartsAPod() throws {
        let lab = try KubectlHarness()
        let created = lab.run("run", "dnscmd", "--image=registry.k8s.io/e2e-test-images/agnhost:2.39")
        #expect(created.out == "pod/dnscmd created\n")
        #expect(lab.run("get", "pod", "dnscmd", "--no-headers").out.contains("ContainerCreating"))
        lab.cluster.advance(seconds: 10)
        #expect(lab.run("get", "pods", "-l", "run=dnscmd", "--no-headers").out.contains("1/1   Running"))
        #expect(
            lab.run("run", "dnscmd", "--image=nginx").err == "Error from server (AlreadyExists): pods \"dnscmd\" already exists\n")
    }

    @Test("deleting a ReplicaSet's pod prints kubectl's line and a new pod takes its place")
    func deleteReplaced() throws {
        let lab = try KubectlHarness()
        let name = "local-path-provisioner-84944977bd-fpmmz"
        let result = lab.run("delete", "pod/\(name)", "-n", "local-path-storage")
        #expect(result.out == "pod \"\(name)\" deleted\n")
        let pods = lab.run("get", "pods", "-n", "local-path-storage", "-o", "name").out
        #expect(!pods.contains(name))
        #expect(pods.hasPrefix("pod/local-path-provisioner-84944977bd-"))
    }

    @Test("force deletion warns first")
    func forceDelete() throws {
        let lab = try KubectlHarness()
        let result = lab.run("delete", "pod", "goweb", "--grace-period=0", "--force")
        #expect(result.out == "pod \"goweb\" force deleted\n")
        #expect(result.err.hasPrefix("Warning: Immediate deletion does not wait"))
    }

    @Test("exec asks for the -- separator as kubectl 1.32 does")
    func execNeedsDashes() throws {
        let lab = try KubectlHarness()
        #expect(
            lab.run("exec", "goweb", "ls").err
                == "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n")
        #expect(lab.run("exec", "nosuch", "--", "ls").err == "Error from server (NotFound): pods \"nosuch\" not found\n")
    }

    @Test("commands mean the same however they are spelled")
    func meaning() throws {
        let lab = try KubectlHarness()
        let a = lab.kubectl.meaning(of: ["kubectl", "get", "ep", "kube-dns", "-n", "kube-system"])
        let b = lab.kubectl.meaning(of: ["kubectl", "-n", "kube-system", "get", "endpoints/kube-dns"])
        let c = lab.kubectl.meaning(of: ["kubectl", "get", "endpoints", "kube-dns", "--namespace=kube-system"])
        let wrong = lab.kubectl.meaning(of: ["kubectl", "get", "endpoints", "kube-dns"])
        #expect(a != nil && a == b && b == c)
        #expect(wrong?.namespace == "default" && wrong != a)
    }
}

@Suite("kubectl delete --interactive")
struct DeleteInteractiveTests {
    @Test("lists the objects, asks, and deletes only on y")
    func asks() throws {
        let lab = try KubectlHarness()
        _ = lab.run("run", "a", "--image=nginx")
        let question = "You are about to delete the following 1 resource(s):\npod/a\nDo you want to continue? (y/n): "
        let buffer = OutputBuffer()
        _ = lab.kubectl.run(["delete", "pod", "a", "-i"], io: IOStreams(input: "no\n", sink: buffer))
        #expect(buffer.stdout == question + "deletion is cancelled\n")
        #expect((try? lab.cluster.get(.pods, namespace: "default", name: "a")) != nil)
        let yes = OutputBuffer()
        _ = lab.kubectl.run(["delete", "pod", "a", "-i", "--wait=false"], io: IOStreams(input: " Y\n", sink: yes))
        #expect(yes.stdout == question + "pod \"a\" deleted\n")
    }
}
