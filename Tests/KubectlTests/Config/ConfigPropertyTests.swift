import Kubectl
import Testing

@Suite("kubectl config set and unset")
struct ConfigPropertyTests {
    @Test("set changes a field, creating the entry it names, and view shows it")
    func setField() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("config", "set", "contexts.robot.cluster", "tk8s").out == "Property \"contexts.robot.cluster\" set.\n")
        #expect(lab.run("config", "set", "contexts.robot.namespace", "dev").code == 0)
        #expect(lab.run("config", "get-contexts", "robot").out.hasSuffix("          robot   tk8s                 dev\n"))
        #expect(lab.run("config", "view", "-o", "jsonpath={.contexts[1].context}").out == #"{"cluster":"tk8s","namespace":"dev","user":""}"#)
    }

    @Test("a map key runs up to the first field name, so names may hold dots")
    func dottedKey() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("config", "set", "clusters.10.0.0.1.server", "https://10.0.0.1:6443").code == 0)
        #expect(lab.run("config", "get-clusters").out == "NAME\n10.0.0.1\ntk8s\n")
    }

    @Test("impersonation is set by the internal names and written under the file's")
    func impersonation() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("config", "set", "users.robot.as", "bob").err.hasPrefix("error: can't set a map to a value: map["))
        #expect(lab.run("config", "set", "users.robot.act-as", "bob").code == 0)
        #expect(lab.run("config", "view", "-o", "jsonpath={.users[?(@.name==\"robot\")].user}").out == #"{"as":"bob"}"#)
    }

    @Test("data fields take base64, or the raw bytes with --set-raw-bytes")
    func bytes() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("config", "set", "users.robot.client-key-data", "notbase64!").err
            == "error: error decoding input value: illegal base64 data at input byte 9\n")
        #expect(lab.run("config", "set", "users.robot.client-key-data", "abc", "--set-raw-bytes").code == 0)
        #expect(lab.run("config", "view", "--raw", "-o", "jsonpath={.users[?(@.name==\"robot\")].user.client-key-data}").out == "YWJj")
    }

    @Test("errors are worded as kubectl's navigation words them")
    func errors() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("config", "set", "foo", "bar").err == "error: unable to parse foo after [] at api.Config\n")
        #expect(lab.run("config", "set", "clusters.tk8s.server.x", "y").err
            == "error: unable to parse one or more field values of clusters.tk8s.server.x\n")
        #expect(lab.run("config", "set", "preferences.colors", "maybe").err
            == "error: strconv.ParseBool: parsing \"maybe\": invalid syntax\n")
        #expect(lab.run("config", "set", "current-context", "").err == "error: you cannot use set to unset a property\n")
        #expect(lab.run("config", "unset", "users.nobody.token").err == "error: current map key `nobody` is invalid\n")
        let missing = lab.run("config", "set", "current-context")
        #expect(missing.err == "error: Unexpected args: [current-context]\n")
        #expect(missing.out.contains("kubectl config set PROPERTY_NAME PROPERTY_VALUE"))
    }

    @Test("unset clears a field, removes an entry, or empties a section")
    func unset() throws {
        let lab = try KubectlHarness()
        _ = lab.run("config", "set-context", "--current", "--namespace=kube-system")
        #expect(lab.run("config", "unset", "contexts.kubernetes-admin@tk8s.namespace").out
            == "Property \"contexts.kubernetes-admin@tk8s.namespace\" unset.\n")
        #expect(lab.run("get", "sa", "-o", "name").out.hasPrefix("serviceaccount/default\n"))
        #expect(lab.run("config", "unset", "users.kubernetes-admin").code == 0)
        #expect(lab.run("config", "get-users").out == "NAME\n")
        #expect(lab.run("config", "unset", "contexts").code == 0)
        #expect(lab.run("config", "view", "-o", "jsonpath={.contexts}").out == "null")
        #expect(lab.run("config", "unset", "current-context").code == 0)
        #expect(lab.run("config", "current-context").err == "error: current-context is not set\n")
    }
}
