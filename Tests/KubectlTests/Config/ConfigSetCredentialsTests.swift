import Cluster
import Kubectl
import Testing

/// `kubectl config set-credentials` with an auth provider and an exec credential plugin.
@Suite("kubectl config set-credentials plugins")
struct ConfigSetCredentialsTests {
    private func user(_ lab: KubectlHarness, _ name: String) -> String {
        lab.run("config", "view", "-o", "jsonpath={.users[?(@.name==\"\(name)\")].user}").out
    }

    @Test("an exec plugin is written with client-go's null lists; arguments and env replace and merge (jsonpath keys sorted)")
    func exec() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("config", "set-credentials", "a", "--exec-command=aws").out == "User \"a\" set.\n")
        #expect(user(lab, "a") == #"{"exec":{"args":null,"command":"aws","env":null,"provideClusterInfo":false}}"#)
        _ = lab.run(
            "config", "set-credentials", "a", "--exec-api-version=v1", "--exec-arg=x,y", "--exec-env=K=1", "--exec-env=L=2",
            "--exec-interactive-mode=Never", "--exec-provide-cluster-info")
        _ = lab.run("config", "set-credentials", "a", "--exec-env=K-", "--exec-env=M=3", "--exec-env=L=4")
        #expect(
            user(lab, "a")
                == #"{"exec":{"apiVersion":"v1","args":["x","y"],"command":"aws","env":[{"name":"L","value":"4"},{"name":"M","value":"3"}],"interactiveMode":"Never","provideClusterInfo":true}}"#)
        _ = lab.run("config", "set-credentials", "b", "--exec-arg=x")
        #expect(user(lab, "b") == "{}")
    }

    @Test("auth provider arguments are set and removed; a new provider name starts over")
    func authProvider() throws {
        let lab = try KubectlHarness()
        _ = lab.run("config", "set-credentials", "o", "--auth-provider=oidc", "--auth-provider-arg=a=1,b=2")
        _ = lab.run("config", "set-credentials", "o", "--auth-provider-arg=a-,c=3")
        #expect(user(lab, "o") == #"{"auth-provider":{"config":{"b":"2","c":"3"},"name":"oidc"}}"#)
        _ = lab.run("config", "set-credentials", "o", "--auth-provider=gcp")
        #expect(user(lab, "o") == #"{"auth-provider":{"config":{},"name":"gcp"}}"#)
        let bad = lab.run("config", "set-credentials", "o", "--auth-provider-arg=x")
        #expect(bad.err == "error: invalid auth-provider-arg format: x\n")
    }

    @Test("a token and basic credentials exclude each other")
    func methods() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("config", "set-credentials", "e", "--token=t", "--username=u").err
            == "error: you cannot specify more than one authentication method at the same time: --token, --username/--password\n")
        _ = lab.run("config", "set-credentials", "e", "--username=u", "--password=p")
        _ = lab.run("config", "set-credentials", "e", "--token=t")
        #expect(lab.run("config", "view", "--raw", "-o", "jsonpath={.users[?(@.name==\"e\")].user}").out == #"{"token":"t"}"#)
    }
}
