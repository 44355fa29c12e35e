import KubeAPI
import Testing

@testable import Cluster

/// The pod template defaults every workload's `spec.template` gets from the apiserver.
@Suite struct WorkloadTemplateDefaultsTests {
    @Test("a Deployment's template is stored with SetDefaults_PodSpec and SetDefaults_Container applied")
    func deploymentOnCreate() throws {
        let cluster = try WorldFixture.tk8s()
        var deployment = DeploymentFixture.deployment("web", image: "nginx")
        deployment[path: "spec.template.spec.containers"] = [
            [
                "name": "nginx", "image": "nginx", "ports": [["containerPort": 80]],
                "readinessProbe": ["httpGet": ["port": 80]],
            ]
        ]
        let stored = try cluster.create(deployment)
        let template = stored[path: "spec.template"]
        #expect(template["metadata"]["creationTimestamp"] == .null)
        #expect(template["metadata"].object.contains { $0.key == "creationTimestamp" })
        let spec = template["spec"]
        #expect(spec["dnsPolicy"] == "ClusterFirst")
        #expect(spec["restartPolicy"] == "Always")
        #expect(spec["schedulerName"] == "default-scheduler")
        #expect(spec["securityContext"] == .emptyObject)
        #expect(spec["terminationGracePeriodSeconds"] == 30)
        let container = spec["containers"][0]
        #expect(container["imagePullPolicy"] == "Always")
        #expect(container["resources"] == .emptyObject)
        #expect(container["terminationMessagePath"] == "/dev/termination-log")
        #expect(container["terminationMessagePolicy"] == "File")
        #expect(container["ports"][0]["protocol"] == "TCP")
        #expect(container["readinessProbe"]["periodSeconds"] == 10)
        #expect(container["readinessProbe"]["httpGet"]["scheme"] == "HTTP")
    }

    @Test("volumes and field references get their source defaults")
    func volumesAndFieldReferences() throws {
        let cluster = try WorldFixture.tk8s()
        var deployment = DeploymentFixture.deployment("web")
        deployment[path: "spec.template.spec.volumes"] = [
            ["name": "scratch"], ["name": "config", "configMap": ["name": "web"]],
            ["name": "host", "hostPath": ["path": "/var/log"]],
            ["name": "token", "secret": ["secretName": "t", "defaultMode": 256]],
            [
                "name": "info",
                "downwardAPI": ["items": [["path": "labels", "fieldRef": ["fieldPath": "metadata.labels"]]]],
            ],
        ]
        deployment[path: "spec.template.spec.containers"] = [
            [
                "name": "nginx", "image": "nginx:1.27",
                "env": [
                    ["name": "NODE", "valueFrom": ["fieldRef": ["fieldPath": "spec.nodeName"]]],
                    ["name": "A", "value": "b"],
                ],
            ]
        ]
        let spec = try cluster.create(deployment)[path: "spec.template.spec"]
        let volumes = spec["volumes"].array
        #expect(volumes[0]["emptyDir"] == .emptyObject)
        #expect(volumes[1]["configMap"]["defaultMode"] == 420)
        #expect(volumes[2]["hostPath"]["type"] == "")
        #expect(volumes[3]["secret"]["defaultMode"] == 256)
        #expect(volumes[4]["downwardAPI"]["defaultMode"] == 420)
        #expect(volumes[4]["downwardAPI"]["items"][0]["fieldRef"]["apiVersion"] == "v1")
        let env = spec["containers"][0]["env"]
        #expect(env[0]["valueFrom"]["fieldRef"]["apiVersion"] == "v1")
        #expect(env[1]["valueFrom"].isNull)
    }

    @Test("given values are kept, and an update is defaulted too")
    func keepsValuesAndDefaultsUpdates() throws {
        let cluster = try WorldFixture.tk8s()
        var deployment = DeploymentFixture.deployment("web")
        deployment[path: "spec.template.spec.dnsPolicy"] = "Default"
        try cluster.create(deployment)
        var stored = try cluster.get(.deployments, namespace: "default", name: "web")
        #expect(stored[path: "spec.template.spec.dnsPolicy"] == "Default")
        stored[path: "spec.template.spec"] = ["containers": [["name": "nginx", "image": "nginx:1.28"]]]
        let updated = try cluster.replace(stored)
        #expect(updated[path: "spec.template.spec.dnsPolicy"] == "ClusterFirst")
        #expect(updated[path: "spec.template.spec.containers"][0]["imagePullPolicy"] == "IfNotPresent")
    }

    @Test("the world's workloads keep their names and revisions: nothing rolls on load")
    func worldDoesNotRoll() throws {
        let cluster = try WorldFixture.tk8s()
        let revisions = cluster.list(.controllerRevisions, namespace: "kube-system").map(\.name)
        #expect(revisions == ["canal-b9b4fcdc6", "kube-proxy-7bb84c4984"])
        let coredns = cluster.list(.replicaSets, namespace: "kube-system").filter { $0.name.hasPrefix("coredns-") }
        #expect(coredns.map(\.name).sorted() == ["coredns-668d6bf9bc", "coredns-66967f4c59"])
        for ds in cluster.list(.daemonSets, namespace: "kube-system") {
            #expect(ds[path: "spec.template.spec.dnsPolicy"] == "ClusterFirst")
        }
    }
}
