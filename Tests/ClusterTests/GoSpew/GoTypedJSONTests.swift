import KubeAPI
import Testing

@testable import Cluster

/// Expected texts are what kubectl 1.32's `cluster-info dump` printed (compacted here) for the
/// same lists served by a fake apiserver: the typed clients' decode and `encoding/json`.
@Suite("Lists print as Go marshals the typed lists a client decoded")
struct GoTypedJSONTests {
    private func typed(_ json: String, as type: String) throws -> String {
        let value = try #require(try YAMLDecoding.documents(json).first)
        return GoJSON.marshal(GoTypedJSON.encode(value, as: type))
    }

    @Test("fields come in struct order, map keys sorted; present values are kept as they are")
    func order() throws {
        let pods = """
            {"apiVersion":"v1","items":[{"metadata":{"annotations":{"x":"<&>"},"creationTimestamp":"2025-01-01T00:00:00Z",
            "name":"p1","namespace":"default"},"spec":{"containers":[{"image":"busybox","name":"c1","resources":{"limits":
            {"cpu":"500m"}}},{"image":"nginx","name":"c2","resources":{}}],"initContainers":[{"image":"busybox","name":"i1",
            "resources":{}}]},"status":{"phase":"Running"}}],"kind":"PodList","metadata":{"resourceVersion":"4242"}}
            """
        #expect(
            try typed(pods, as: "v1.PodList")
                == #"{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"4242"},"items":[{"metadata":"#
                + #"{"name":"p1","namespace":"default","creationTimestamp":"2025-01-01T00:00:00Z","annotations":{"x":"\u003c\u0026\u003e"}},"#
                + #""spec":{"initContainers":[{"name":"i1","image":"busybox","resources":{}}],"containers":[{"name":"c1","#
                + #""image":"busybox","resources":{"limits":{"cpu":"500m"}}},{"name":"c2","image":"nginx","resources":{}}]},"#
                + #""status":{"phase":"Running"}}]}"#)
    }

    @Test("a node's kubelet port keeps its capital JSON name and its empty kube-proxy version")
    func node() throws {
        let nodes = """
            {"kind":"NodeList","apiVersion":"v1","metadata":{"resourceVersion":"4242"},"items":[{"spec":{"podCIDR":"10.0.0.0/24"},
            "metadata":{"labels":{"b":"1","a":"2"},"name":"n1","uid":"u1","resourceVersion":"5","creationTimestamp":"2025-01-01T00:00:00Z"},
            "status":{"nodeInfo":{"architecture":"amd64","bootID":"b","containerRuntimeVersion":"c","kernelVersion":"k",
            "kubeProxyVersion":"","kubeletVersion":"v","machineID":"m","operatingSystem":"linux","osImage":"o","systemUUID":"s"},
            "daemonEndpoints":{"kubeletEndpoint":{"Port":10250}}}}]}
            """
        #expect(
            try typed(nodes, as: "v1.NodeList")
                == #"{"kind":"NodeList","apiVersion":"v1","metadata":{"resourceVersion":"4242"},"items":[{"metadata":{"name":"n1","#
                + #""uid":"u1","resourceVersion":"5","creationTimestamp":"2025-01-01T00:00:00Z","labels":{"a":"2","b":"1"}},"#
                + #""spec":{"podCIDR":"10.0.0.0/24"},"status":{"daemonEndpoints":{"kubeletEndpoint":{"Port":10250}},"nodeInfo":"#
                + #"{"machineID":"m","systemUUID":"s","bootID":"b","kernelVersion":"k","osImage":"o","containerRuntimeVersion":"c","#
                + #""kubeletVersion":"v","kubeProxyVersion":"","operatingSystem":"linux","architecture":"amd64"}}}]}"#)
    }

    @Test("absent fields without omitempty print as their zero values; unknown and empty omitempty ones go")
    func zeroValues() throws {
        let events =
            #"{"items":[{"metadata":{"name":"e1","namespace":"default"},"reason":"Pulled","bogus":1,"count":0}]}"#
        #expect(
            try typed(events, as: "v1.EventList")
                == #"{"metadata":{},"items":[{"metadata":{"name":"e1","namespace":"default","creationTimestamp":null},"#
                + #""involvedObject":{},"reason":"Pulled","source":{},"firstTimestamp":null,"lastTimestamp":null,"#
                + #""eventTime":null,"reportingComponent":"","reportingInstance":""}]}"#)
        let services =
            #"{"items":[{"metadata":{"name":"s1","labels":{}},"spec":{"ports":[{"port":80,"protocol":"TCP"}]}}]}"#
        #expect(
            try typed(services, as: "v1.ServiceList")
                == #"{"metadata":{},"items":[{"metadata":{"name":"s1","creationTimestamp":null},"spec":{"ports":"#
                + #"[{"protocol":"TCP","port":80,"targetPort":0}]},"status":{"loadBalancer":{}}}]}"#)
        let deployments = #"{"items":[{"metadata":{"name":"d1"},"spec":{"replicas":2}}]}"#
        #expect(
            try typed(deployments, as: "v1.DeploymentList")
                == #"{"metadata":{},"items":[{"metadata":{"name":"d1","creationTimestamp":null},"spec":{"replicas":2,"#
                + #""selector":null,"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":null}},"#
                + #""strategy":{}},"status":{}}]}"#)
    }
}
