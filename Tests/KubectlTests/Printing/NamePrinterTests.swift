import KubeAPI
import Kubectl
import Testing

/// `-o name` and the `<kind>/<name> <operation>` lines of mutating verbs.
@Suite struct NamePrinterTests {
    @Test func qualifiedKinds() {
        let printer = NamePrinter()
        #expect(printer.line(type: .pods, name: "nginx") == "pod/nginx\n")
        #expect(printer.line(type: .deployments, name: "web") == "deployment.apps/web\n")
        #expect(printer.line(type: .runtimeClasses, name: "crun") == "runtimeclass.node.k8s.io/crun\n")
        #expect(
            printer.line(type: .horizontalPodAutoscalers, name: "web") == "horizontalpodautoscaler.autoscaling/web\n")
    }

    @Test func operations() {
        #expect(
            NamePrinter(operation: "created").line(type: .namespaces, name: "team-a") == "namespace/team-a created\n")
        #expect(
            NamePrinter(operation: "scaled", shortOutput: true).line(type: .deployments, name: "x")
                == "deployment.apps/x\n")
    }

    @Test func objectsNameThemselves() {
        let object = KubeObject(["apiVersion": "batch/v1", "kind": "CronJob", "metadata": ["name": "backup"]])
        #expect(NamePrinter().render([object, object]) == "cronjob.batch/backup\ncronjob.batch/backup\n")
    }
}
