import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl run --expose and --save-config")
struct RunExposeTests {
    @Test("--expose creates a ClusterIP Service selecting the pod, printed before the pod")
    func exposes() throws {
        let lab = try KubectlHarness()
        let result = lab.run("run", "web", "--image=nginx", "--port=8080", "--expose")
        #expect(result.out == "service/web created\npod/web created\n")
        let service = try lab.cluster.get(.services, namespace: "default", name: "web")
        #expect(service[path: "spec.selector"] == ["run": "web"])
        #expect(service[path: "spec.ports"].isEquivalent(to: [["port": 8080, "protocol": "TCP", "targetPort": 8080]]))
        #expect(service.labels.isEmpty)
    }

    @Test("--labels label the Service too and make its selector")
    func labelled() throws {
        let lab = try KubectlHarness()
        _ = lab.run("run", "web", "--image=nginx", "--port=80", "--expose", "-l", "app=web")
        let service = try lab.cluster.get(.services, namespace: "default", name: "web")
        #expect(service.labels == ["app": "web"])
        #expect(service[path: "spec.selector"] == ["app": "web"])
    }

    @Test("--expose without --port is a usage error and creates nothing")
    func needsPort() throws {
        let lab = try KubectlHarness()
        let result = lab.run("run", "web", "--image=nginx", "--expose")
        #expect(result.err == "error: --port must be set when exposing a service\nSee 'kubectl run -h' for help and examples\n")
        #expect((try? lab.cluster.get(.pods, namespace: "default", name: "web")) == nil)
    }

    @Test("--save-config keeps the pod as built in its last-applied annotation")
    func savesConfig() throws {
        let lab = try KubectlHarness()
        _ = lab.run("run", "web", "--image=nginx", "--save-config")
        let pod = try lab.cluster.get(.pods, namespace: "default", name: "web")
        #expect(pod.annotations["kubectl.kubernetes.io/last-applied-configuration"]?.hasPrefix(#"{"kind":"Pod","apiVersion":"v1","#) == true)
    }
}
