import KubeAPI
import Testing

@testable import Cluster

/// NetworkPolicy and Ingress as the apiserver stores, validates and lists them.
@Suite struct NetworkingKindsTests {
    @Test("discovery serves limitranges, ingresses and networkpolicies with their short names")
    func discovery() throws {
        let cluster = try WorldFixture.tk8s()
        let served = cluster.servedResources.map { "\($0.plural) \($0.shortNames.joined()) \($0.apiVersion) \($0.namespaced)" }
        #expect(served.contains("limitranges limits v1 true"))
        #expect(served.contains("ingresses ing networking.k8s.io/v1 true"))
        #expect(served.contains("networkpolicies netpol networking.k8s.io/v1 true"))
        let order = cluster.servedResources.map(\.plural)
        #expect(order.firstIndex(of: "events")! + 1 == order.firstIndex(of: "limitranges"))
        #expect(order.firstIndex(of: "ingresses")! + 1 == order.firstIndex(of: "networkpolicies"))
    }

    @Test("a NetworkPolicy gets policyTypes from its rules and TCP ports")
    func networkPolicyDefaults() throws {
        let cluster = try WorldFixture.tk8s()
        let stored = try cluster.create(
            AdmissionFixture.object(
                """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web}
                spec:
                  ingress: [{ports: [{port: 80}]}]
                  egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}}]}]
                """))
        #expect(stored[path: "spec.policyTypes"] == ["Ingress", "Egress"])
        #expect(stored[path: "spec.podSelector"] == .emptyObject)
        #expect(stored[path: "spec.ingress"][0]["ports"][0]["protocol"] == "TCP")
        #expect(stored.value["status"].isNull)
        let denyAll = try cluster.create(
            AdmissionFixture.object("{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: deny}, spec: {podSelector: {}}}"))
        #expect(denyAll[path: "spec.policyTypes"] == ["Ingress"])
    }

    @Test("a NetworkPolicy with a bad policy type or an empty peer is invalid")
    func networkPolicyInvalid() throws {
        let cluster = try WorldFixture.tk8s()
        let message = AdmissionFixture.refusal {
            try cluster.create(
                AdmissionFixture.object(
                    "{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: x}, spec: {policyTypes: [ingress], ingress: [{from: [{}]}]}}"))
        }
        #expect(
            message
                == "NetworkPolicy.networking.k8s.io \"x\" is invalid: [spec.ingress[0].from[0]: Required value: must specify a peer, spec.policyTypes[0]: Unsupported value: \"ingress\": supported values: \"Ingress\", \"Egress\"]")
    }

    @Test("an Ingress path needs a pathType, an absolute path and a service port")
    func ingressInvalid() throws {
        let cluster = try WorldFixture.tk8s()
        let message = AdmissionFixture.refusal {
            try cluster.create(
                AdmissionFixture.object(
                    """
                    apiVersion: networking.k8s.io/v1
                    kind: Ingress
                    metadata: {name: bad}
                    spec:
                      rules:
                      - http:
                          paths:
                          - {path: /, backend: {service: {name: web, port: {number: 80}}}}
                          - {path: api, pathType: Prefix, backend: {service: {name: web}}}
                    """))
        }
        #expect(
            message
                == "Ingress.networking.k8s.io \"bad\" is invalid: [spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified, spec.rules[0].http.paths[1].path: Invalid value: \"api\": must be an absolute path, spec.rules[0].http.paths[1].backend: Required value: port name or number is required]")
    }

    @Test("a stored Ingress has an empty load balancer status")
    func ingressStored() throws {
        let cluster = try WorldFixture.tk8s()
        let stored = try cluster.create(
            AdmissionFixture.object(
                "{apiVersion: networking.k8s.io/v1, kind: Ingress, metadata: {name: web}, spec: {defaultBackend: {service: {name: web, port: {number: 80}}}}}"))
        #expect(stored[path: "status"] == ["loadBalancer": .emptyObject])
    }

    @Test("the NetworkPolicy row shows the pod selector, <none> when it selects every pod")
    func networkPolicyTable() throws {
        #expect(TableFixture.columns(.networkPolicies).map(\.name) == ["Name", "Pod-Selector", "Age"])
        let cells = try TableFixture.cells(
            .networkPolicies,
            "{kind: NetworkPolicy, metadata: {name: web, creationTimestamp: \"\(TableFixture.ago(120))\"}, spec: {podSelector: {matchLabels: {app: web}, matchExpressions: [{key: tier, operator: In, values: [b, a]}]}}}")
        #expect(cells == ["web", "app=web,tier in (a,b)", "2m"])
        let all = try TableFixture.cells(.networkPolicies, "{kind: NetworkPolicy, metadata: {name: all}, spec: {podSelector: {}}}")
        #expect(all[1] == "<none>")
    }
}
