import Cluster
import KubeAPI
import Kubectl
import Testing

/// `kubectl create priorityclass`, checked against kubectl 1.32's offline dry-run output.
@Suite("kubectl create priorityclass")
struct CreatePriorityClassTests {
    @Test("the defaults: value 0 and PreemptLowerPriority, no globalDefault or description")
    func defaults() throws {
        let lab = try KubectlHarness()
        #expect(
            lab.run("create", "pc", "high", "--dry-run=client", "-o", "yaml").out == """
                apiVersion: scheduling.k8s.io/v1
                kind: PriorityClass
                metadata:
                  creationTimestamp: null
                  name: high
                preemptionPolicy: PreemptLowerPriority
                value: 0

                """)
    }

    @Test("every flag, in Go's field order in JSON")
    func everyFlag() throws {
        let lab = try KubectlHarness()
        let out = lab.run(
            "create", "priorityclass", "high", "--value=1000", "--global-default", "--description=important stuff",
            "--preemption-policy=Never", "--dry-run=client", "-o", "json"
        ).out
        #expect(
            out == """
                {
                    "kind": "PriorityClass",
                    "apiVersion": "scheduling.k8s.io/v1",
                    "metadata": {
                        "name": "high",
                        "creationTimestamp": null
                    },
                    "value": 1000,
                    "globalDefault": true,
                    "description": "important stuff",
                    "preemptionPolicy": "Never"
                }

                """)
    }

    @Test("a value that is no 32-bit number is refused as pflag refuses it")
    func badValue() throws {
        let lab = try KubectlHarness()
        #expect(
            lab.run("create", "pc", "x", "--value=99999999999").err
                == "error: invalid argument \"99999999999\" for \"--value\" flag: strconv.ParseInt: parsing \"99999999999\": value out of range\nSee 'kubectl create priorityclass --help' for usage.\n")
    }

    @Test("created classes are listed; the apiserver refuses a second global default and a bad policy")
    func created() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "pc", "high", "--value=1000").out == "priorityclass.scheduling.k8s.io/high created\n")
        #expect(lab.cluster.list(.priorityClasses).map(\.name).contains("high"))
        _ = lab.run("create", "pc", "base", "--value=5", "--global-default")
        #expect(lab.run("create", "pc", "base2", "--value=5", "--global-default").err.hasPrefix("error: failed to create priorityclass: "))
        #expect(
            lab.run("create", "pc", "odd", "--value=1", "--preemption-policy=Bad").err
                == "error: failed to create priorityclass: PriorityClass.scheduling.k8s.io \"odd\" is invalid: preemptionPolicy: Unsupported value: \"Bad\": supported values: \"PreemptLowerPriority\", \"Never\"\n")
    }
}

/// `kubectl create clusterrole --aggregation-rule`, checked against kubectl 1.32's offline dry-run output.
@Suite("kubectl create clusterrole --aggregation-rule")
struct CreateClusterRoleAggregationTests {
    @Test("the labels become one cluster role selector, and the rules are null")
    func aggregation() throws {
        let lab = try KubectlHarness()
        let result = lab.run(
            "create", "clusterrole", "mon", "--aggregation-rule=rbac.example.com/aggregate-to-monitoring=true,b=c",
            "--dry-run=client", "-o", "yaml")
        #expect(
            result.out == """
                aggregationRule:
                  clusterRoleSelectors:
                  - matchLabels:
                      b: c
                      rbac.example.com/aggregate-to-monitoring: "true"
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  creationTimestamp: null
                  name: mon
                rules: null

                """)
    }

    @Test("rule flags beside it, and a pair without =, are refused with kubectl's words")
    func refusals() throws {
        let lab = try KubectlHarness()
        #expect(
            lab.run("create", "clusterrole", "mon", "--aggregation-rule=a=b", "--verb=get", "--resource=pods").err
                == "error: aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames\n")
        #expect(
            lab.run("create", "clusterrole", "mon", "--aggregation-rule=a").err
                == "error: invalid argument \"a\" for \"--aggregation-rule\" flag: malformed pair, expect string=string\nSee 'kubectl create clusterrole --help' for usage.\n")
    }
}
