import Cluster
import Testing

@testable import Kubectl

@Suite struct APIProxyWriteTests {
    private func started() throws -> (KubectlHarness, APIProxy) {
        let harness = try KubectlHarness()
        #expect(harness.run("proxy").code == 0)
        return (harness, try #require(harness.kubectl.portForwards.proxies.last))
    }

    private static let configMap = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"k":"v"}}"#

    @Test func aPostCreatesAndIsAnswered201AsTheClientsManager() throws {
        let (harness, proxy) = try started()
        let answer = proxy.respond(
            method: "POST", target: "/api/v1/namespaces/default/configmaps", host: "localhost:8001",
            userAgent: "curl/8.12.1",
            contentType: "application/json", body: Self.configMap
        ).response
        #expect(answer.status == 201)
        #expect(answer.body.contains("\"manager\": \"curl\""))
        #expect(harness.run("get", "cm", "c", "-o", "jsonpath={.data.k}").out == "v")
    }

    @Test func aFormBodyIsRefused415WithoutDetails() throws {
        let (_, proxy) = try started()
        let answer = proxy.respond(
            method: "POST", target: "/api/v1/namespaces/default/configmaps", host: "localhost",
            userAgent: "Go-http-client/1.1",
            contentType: "application/x-www-form-urlencoded", body: Self.configMap
        ).response
        #expect(answer.status == 415)
        #expect(
            answer.body
                == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the body of the request "#
                + #"was in an unknown format - accepted media types include: application/json, application/yaml, "#
                + #"application/vnd.kubernetes.protobuf","reason":"UnsupportedMediaType","code":415}"# + "\n")
    }

    @Test func patchesFollowTheirMediaType() throws {
        let (harness, proxy) = try started()
        _ = harness.run("create", "configmap", "c", "--from-literal=k=v")
        func patch(_ type: String, _ body: String) -> HTTPResponse {
            proxy.respond(
                method: "PATCH", target: "/api/v1/namespaces/default/configmaps/c", host: "localhost",
                userAgent: "curl/8.12.1",
                contentType: type, body: body
            ).response
        }
        #expect(patch("application/merge-patch+json", #"{"data":{"k":"w"}}"#).status == 200)
        #expect(patch("application/json-patch+json", #"[{"op":"add","path":"/data/n","value":"1"}]"#).status == 200)
        #expect(harness.run("get", "cm", "c", "-o", "jsonpath={.data}").out == #"{"k":"w","n":"1"}"#)
        #expect(patch("application/json", "{}").status == 415)
        #expect(patch("application/apply-patch+yaml", "{}").status == 422)
    }

    @Test func aDeleteNeedsNoBody() throws {
        let (harness, proxy) = try started()
        _ = harness.run("create", "configmap", "c")
        let answer = proxy.respond(
            method: "DELETE", target: "/api/v1/namespaces/default/configmaps/c", host: "localhost", userAgent: "curl")
        #expect(answer.response.status == 200)
        #expect(harness.run("get", "cm", "c").err == "Error from server (NotFound): configmaps \"c\" not found\n")
    }
}
