import Cluster
import KubeAPI
import Testing
@testable import Kubectl

@Suite struct ExplainTests {
    @Test func wrapBreaksAtSpacesWithinTheLimit() {
        #expect(WordWrap.wrap("aaa bbb ccc", limit: 7) == "aaa bbb\nccc")
        #expect(WordWrap.wrap("one\ntwo three", limit: 5) == "one\ntwo\nthree")
        #expect(WordWrap.wrap("averyveryverylongword x", limit: 5) == "averyveryverylongword\nx")
        #expect(WordWrap.indent("a\nb\n", by: 2) == "  a\n  b\n  ")
    }

    @Test func theWorldPublishesEveryKindOfTheCourse() throws {
        let harness = try KubectlHarness()
        let kinds = [
            "Pod", "Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job", "CronJob", "Service", "Endpoints",
            "ConfigMap", "Secret", "Namespace", "Node", "PersistentVolume", "PersistentVolumeClaim", "StorageClass",
            "RuntimeClass", "ServiceAccount", "ResourceQuota", "LimitRange", "EndpointSlice", "NetworkPolicy",
            "Ingress", "HorizontalPodAutoscaler",
        ]
        for kind in kinds {
            let type = try #require(harness.cluster.settings.schema.types[kind], "\(kind)")
            #expect(type.groupVersion != nil)
            #expect(!type.description.isEmpty)
            #expect(type.fields.allSatisfy { !$0.description.isEmpty })
        }
    }

    @Test func aKindShowsItsHeaderDescriptionAndFields() throws {
        let result = try KubectlHarness().run("explain", "deployments")
        #expect(result.code == 0)
        #expect(result.out.hasPrefix("GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nDESCRIPTION:\n    "))
        #expect(result.out.contains("\nFIELDS:\n  apiVersion\t<string>\n"))
        #expect(result.out.contains("  spec\t<DeploymentSpec>\n"))
        #expect(result.out.hasSuffix("\n\n\n"))
    }

    @Test func aFieldPathShowsTheFieldLineAndRequiredFields() throws {
        let result = try KubectlHarness().run("explain", "po.spec.containers")
        #expect(result.out.contains("\nFIELD: containers <[]Container>\n\n\nDESCRIPTION:\n"))
        #expect(result.out.contains("  name\t<string> -required-\n"))
        #expect(result.out.contains("  imagePullPolicy\t<string>\n  enum: Always, IfNotPresent, Never\n"))
    }

    @Test func recursiveListsNestedFieldsIndentedWithoutDescriptions() throws {
        let result = try KubectlHarness().run("explain", "pods.spec.containers.livenessProbe", "--recursive")
        #expect(result.out.contains("FIELDS:\n  exec\t<ExecAction>\n    command\t<[]string>\n  failureThreshold\t<integer>\n"))
        #expect(result.out.contains("    port\t<IntOrString> -required-\n"))
    }

    @Test func unknownFieldsAndTypesAreKubectlsErrors() throws {
        let harness = try KubectlHarness()
        let field = harness.run("explain", "pods.spec.nope")
        #expect(field.out == "KIND:       Pod\nVERSION:    v1\n\n")
        #expect(field.err == "error: field \"nope\" does not exist\n")
        #expect(field.code == 1)
        #expect(harness.run("explain", "nope.spec").err == "the server doesn't have a resource type \"nope\"\n")
        #expect(harness.run("explain", "pods", "--api-version=foo/v9").err
            == "error: couldn't find resource for \"foo/v9, Resource=pods\"\n")
    }

    @Test func theLongestResourcePrefixWins() throws {
        let result = try KubectlHarness().run("explain", "deployments.apps.spec.paused")
        #expect(result.out.contains("FIELD: paused <boolean>\n"))
    }
}
