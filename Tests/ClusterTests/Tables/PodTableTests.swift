import Cluster
import KubeAPI
import Testing

/// Pod rows from printers_test.go (kubectl-output-cases.md A1-A28).
@Suite struct PodTableTests {
    /// A pod named `name` with `body` (YAML at two-space indent under the top level) appended.
    func pod(_ name: String, _ body: String) -> String {
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \(name)\n  namespace: default\n" + body
    }

    func row(_ yaml: String) throws -> [Table.Cell] { Array(try TableFixture.cells(.pods, yaml).prefix(5)) }

    static let twoContainers = "spec:\n  containers: [{name: a}, {name: b}]\n"

    @Test func columns() {
        #expect(
            TableFixture.columns(.pods).map(\.name) == [
                "Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates",
            ])
        #expect(TableFixture.columns(.pods).map(\.priority) == [0, 0, 0, 0, 0, 1, 1, 1, 1])
    }

    @Test func a1_phaseWithOneReadyContainer() throws {
        let yaml = pod(
            "test1",
            Self.twoContainers + """
                status:
                  phase: podPhase
                  containerStatuses:
                  - {ready: true, restartCount: 3, state: {running: {}}}
                  - {restartCount: 3}
                """)
        #expect(try row(yaml) == ["test1", "1/2", "podPhase", "6", "<unknown>"])
    }

    @Test func a2_waitingReasonWins() throws {
        let yaml = pod(
            "test2",
            Self.twoContainers + """
                status:
                  phase: podPhase
                  containerStatuses:
                  - {ready: true, restartCount: 3, state: {running: {}}}
                  - {restartCount: 3, state: {waiting: {reason: ContainerWaitingReason}}}
                """)
        #expect(try row(yaml) == ["test2", "1/2", "ContainerWaitingReason", "6", "<unknown>"])
    }

    @Test func a3_firstContainersReasonWins() throws {
        let yaml = pod(
            "test3",
            Self.twoContainers + """
                status:
                  phase: podPhase
                  containerStatuses:
                  - {restartCount: 3, state: {waiting: {reason: ContainerWaitingReason}}}
                  - {restartCount: 3, state: {terminated: {reason: ContainerTerminatedReason}}}
                """)
        #expect(try row(yaml) == ["test3", "0/2", "ContainerWaitingReason", "6", "<unknown>"])
    }

    @Test func a4_readyWithoutRunningDoesNotCount() throws {
        let yaml = pod(
            "test4",
            Self.twoContainers + """
                status:
                  phase: podPhase
                  containerStatuses:
                  - {ready: true, restartCount: 3, state: {running: {}}}
                  - {ready: true, restartCount: 3}
                """)
        #expect(try row(yaml) == ["test4", "1/2", "podPhase", "6", "<unknown>"])
    }

    @Test func a5_statusReasonReplacesPhase() throws {
        let yaml = pod(
            "test5",
            Self.twoContainers + """
                status:
                  phase: podPhase
                  reason: podReason
                  containerStatuses:
                  - {ready: true, restartCount: 3, state: {running: {}}}
                  - {ready: true, restartCount: 3}
                """)
        #expect(try row(yaml) == ["test5", "1/2", "podReason", "6", "<unknown>"])
    }

    static func completedAndRunning(readyCondition: Bool) -> String {
        twoContainers + """
            status:
              phase: Running
              conditions: \(readyCondition ? "[{type: Ready, status: 'True'}]" : "[]")
              containerStatuses:
              - {ready: true, restartCount: 3, state: {terminated: {reason: Completed, exitCode: 0}}}
              - {ready: true, restartCount: 3, state: {running: {}}}
            """
    }

    @Test func a6_completedWithRunningSidecarIsNotReady() throws {
        #expect(
            try row(pod("test6", Self.completedAndRunning(readyCondition: false))) == [
                "test6", "1/2", "NotReady", "6", "<unknown>",
            ])
    }

    @Test func a7_completedWithRunningAndReadyConditionIsRunning() throws {
        #expect(
            try row(pod("test6", Self.completedAndRunning(readyCondition: true))) == [
                "test6", "1/2", "Running", "6", "<unknown>",
            ])
    }

    @Test func a8_runningInitContainer() throws {
        let yaml = pod(
            "test7",
            """
            spec:
              initContainers: [{name: init}]
              containers: [{name: app}]
            status:
              phase: podPhase
              initContainerStatuses:
              - {name: init, restartCount: 3, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(10))'}}}
              containerStatuses:
              - {name: app, restartCount: 0, state: {waiting: {}}}
            """)
        #expect(try row(yaml) == ["test7", "0/1", "Init:0/1", "3 (10s ago)", "<unknown>"])
    }

    @Test func a9_firstOfTwoInitContainers() throws {
        let yaml = pod(
            "test8",
            """
            spec:
              initContainers: [{name: init1}, {name: init2}]
              containers: [{name: app}]
            status:
              phase: podPhase
              initContainerStatuses:
              - {name: init1, restartCount: 3, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(10))'}}}
              - {name: init2, state: {waiting: {}}}
              containerStatuses:
              - {name: app, state: {waiting: {}}}
            """)
        #expect(try row(yaml) == ["test8", "0/1", "Init:0/2", "3 (10s ago)", "<unknown>"])
    }

    @Test func a10_secondInitContainerRunning() throws {
        let yaml = pod(
            "test9",
            """
            spec:
              initContainers: [{name: init1}, {name: init2}]
              containers: [{name: app}]
            status:
              phase: podPhase
              initContainerStatuses:
              - {name: init1, state: {terminated: {exitCode: 0}}}
              - {name: init2, restartCount: 3, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(10))'}}}
              containerStatuses:
              - {name: app, state: {waiting: {}}}
            """)
        #expect(try row(yaml) == ["test9", "0/1", "Init:1/2", "3 (10s ago)", "<unknown>"])
    }

    @Test func a11_initRestartsAddUpWhileInitializing() throws {
        let yaml = pod(
            "test10",
            """
            spec:
              initContainers: [{name: init1}, {name: init2}]
              containers: [{name: app}]
            status:
              phase: podPhase
              initContainerStatuses:
              - {name: init1, restartCount: 2, state: {terminated: {exitCode: 0}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(120))'}}}
              - {name: init2, restartCount: 3, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(10))'}}}
              containerStatuses:
              - {name: app, state: {waiting: {}}}
            """)
        #expect(try row(yaml) == ["test10", "0/1", "Init:1/2", "5 (10s ago)", "<unknown>"])
    }

    @Test func a12_initRestartsDroppedOnceInitialized() throws {
        let yaml = pod(
            "test11",
            """
            spec:
              initContainers: [{name: init1}]
              containers: [{name: app}]
            status:
              phase: Running
              initContainerStatuses:
              - {name: init1, restartCount: 2, state: {terminated: {exitCode: 0}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(120))'}}}
              containerStatuses:
              - {name: app, ready: false, restartCount: 4, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(20))'}}}
            """)
        #expect(try row(yaml) == ["test11", "0/1", "Running", "4 (20s ago)", "<unknown>"])
    }

    @Test(arguments: [
        (
            "test12",
            "[{ready: true, restartCount: 3, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(5 * 86_400))'}}}]",
            "1/1", "3 (5d ago)"
        ),
        (
            "test13",
            "[{ready: true, restartCount: 0, state: {running: {}}}, {ready: true, restartCount: 3, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(10 * 86_400))'}}}]",
            "2/2", "3 (10d ago)"
        ),
        (
            "test14",
            "[{ready: true, restartCount: 6, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(5 * 86_400))'}}}, {ready: true, restartCount: 3, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(20 * 86_400))'}}}]",
            "2/2", "9 (5d ago)"
        ),
    ])
    func a13to15_mostRecentRestartWins(name: String, statuses: String, ready: String, restarts: String) throws {
        let count = ready.split(separator: "/").last.map(String.init) ?? "1"
        let containers = count == "1" ? "[{name: a}]" : "[{name: a}, {name: b}]"
        let yaml = pod(
            name, "spec:\n  containers: \(containers)\nstatus:\n  phase: Running\n  containerStatuses: \(statuses)\n")
        #expect(try row(yaml) == [.string(name), .string(ready), "Running", .string(restarts), "<unknown>"])
    }

    @Test func a16_schedulingGated() throws {
        let yaml = pod(
            "test15",
            Self.twoContainers + """
                status:
                  phase: Pending
                  conditions: [{type: PodScheduled, status: 'False', reason: SchedulingGated}]
                """)
        #expect(try row(yaml) == ["test15", "0/2", "SchedulingGated", "0", "<unknown>"])
    }

    @Test(arguments: [
        ("test16", "Succeeded", "{terminated: {reason: Completed, exitCode: 0}}", false, "Completed"),
        ("test17", "Failed", "{terminated: {reason: Error, exitCode: 1}}", false, "Error"),
        ("test18", "Succeeded", "{terminated: {reason: Completed, exitCode: 0}}", true, "Completed"),
        ("test19", "Running", "{running: {}}", true, "Terminating"),
        ("test20", "Pending", "{waiting: {}}", true, "Terminating"),
    ])
    func a17to21_finishedAndDeleted(name: String, phase: String, state: String, deleted: Bool, status: String) throws {
        let deletion = deleted ? "  deletionTimestamp: '\(TableFixture.ago(1))'\n" : ""
        let yaml =
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \(name)\n\(deletion)" + """
                spec:
                  containers: [{name: a}]
                status:
                  phase: \(phase)
                  containerStatuses: [{restartCount: 0, state: \(state)}]
                """
        #expect(try row(yaml) == [.string(name), "0/1", .string(status), "0", "<unknown>"])
    }

    @Test func nodeLostWhileDeletingIsUnknown() throws {
        let yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: lost, deletionTimestamp: '\(TableFixture.ago(1))'}
            spec: {containers: [{name: a}]}
            status: {phase: Running, reason: NodeLost}
            """
        #expect(try row(yaml) == ["lost", "0/1", "Unknown", "0", "<unknown>"])
    }

    static let sidecarSpec = """
        spec:
          initContainers: [{name: s1, restartPolicy: Always}, {name: s2, restartPolicy: Always}]
          containers: [{name: app}]

        """

    @Test func a22_firstSidecarNotStarted() throws {
        let yaml = pod(
            "test1",
            Self.sidecarSpec + """
                status:
                  phase: Pending
                  conditions: [{type: Initialized, status: 'False'}]
                  initContainerStatuses:
                  - {name: s1, started: false, restartCount: 3, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(10))'}}}
                  - {name: s2, started: false, state: {waiting: {}}}
                  containerStatuses: [{name: app, state: {waiting: {}}}]
                """)
        #expect(try row(yaml) == ["test1", "0/3", "Init:0/2", "3 (10s ago)", "<unknown>"])
    }

    @Test func a23_secondSidecarNotStarted() throws {
        let yaml = pod(
            "test1",
            Self.sidecarSpec + """
                status:
                  phase: Pending
                  conditions: [{type: Initialized, status: 'False'}]
                  initContainerStatuses:
                  - {name: s1, started: true, restartCount: 3, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(10))'}}}
                  - {name: s2, started: false, state: {running: {}}}
                  containerStatuses: [{name: app, state: {waiting: {}}}]
                """)
        #expect(try row(yaml) == ["test1", "0/3", "Init:1/2", "3 (10s ago)", "<unknown>"])
    }

    @Test func a24_sidecarRestartsCountOnceInitialized() throws {
        let yaml = pod(
            "test2",
            Self.sidecarSpec + """
                status:
                  phase: Running
                  conditions: [{type: Initialized, status: 'True'}]
                  initContainerStatuses:
                  - {name: s1, started: true, restartCount: 3, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(10))'}}}
                  - {name: s2, started: true, state: {running: {}}}
                  containerStatuses:
                  - {name: app, ready: true, restartCount: 4, state: {running: {}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(20))'}}}
                """)
        #expect(try row(yaml) == ["test2", "1/3", "Running", "7 (10s ago)", "<unknown>"])
    }

    @Test func a25_succeededWithTerminatedSidecars() throws {
        let yaml = pod(
            "test3",
            Self.sidecarSpec + """
                status:
                  phase: Succeeded
                  conditions: [{type: Initialized, status: 'True'}]
                  initContainerStatuses:
                  - {name: s1, started: false, restartCount: 3, state: {terminated: {reason: Error, exitCode: 137}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(10))'}}}
                  - {name: s2, started: false, state: {terminated: {reason: Error, exitCode: 137}}}
                  containerStatuses:
                  - {name: app, restartCount: 4, state: {terminated: {reason: Completed, exitCode: 0}}, lastState: {terminated: {finishedAt: '\(TableFixture.ago(20))'}}}
                """)
        #expect(try row(yaml) == ["test3", "0/3", "Completed", "7 (10s ago)", "<unknown>"])
    }

    @Test func initContainerFailures() throws {
        func status(_ state: String) -> String {
            pod(
                "init",
                """
                spec: {initContainers: [{name: i}], containers: [{name: a}]}
                status:
                  phase: Pending
                  initContainerStatuses: [{name: i, state: \(state)}]
                """)
        }
        #expect(try row(status("{terminated: {exitCode: 1, reason: Error}}"))[2] == "Init:Error")
        #expect(try row(status("{terminated: {exitCode: 2}}"))[2] == "Init:ExitCode:2")
        #expect(try row(status("{terminated: {exitCode: 2, signal: 9}}"))[2] == "Init:Signal:9")
        #expect(try row(status("{waiting: {reason: ImagePullBackOff}}"))[2] == "Init:ImagePullBackOff")
        #expect(try row(status("{waiting: {reason: PodInitializing}}"))[2] == "Init:0/1")
    }

    @Test func terminatedWithoutReason() throws {
        func status(_ terminated: String) -> String {
            pod(
                "t",
                "spec: {containers: [{name: a}]}\nstatus: {phase: Running, containerStatuses: [{state: {terminated: \(terminated)}}]}\n"
            )
        }
        #expect(try row(status("{exitCode: 3}"))[2] == "ExitCode:3")
        #expect(try row(status("{exitCode: 3, signal: 15}"))[2] == "Signal:15")
    }

    @Test func a26_wideColumns() throws {
        let yaml = pod(
            "test1",
            """
            spec:
              nodeName: test1
              containers: [{name: a}, {name: b}]
              readinessGates: [{conditionType: condition1}, {conditionType: condition2}, {conditionType: condition3}]
            status:
              phase: podPhase
              podIPs: [{ip: 1.1.1.1}, {ip: '2001:db8::'}]
              nominatedNodeName: node1
              conditions: [{type: condition1, status: 'True'}, {type: condition2, status: 'False'}]
              containerStatuses:
              - {ready: true, restartCount: 3, state: {running: {}}}
              - {restartCount: 3}
            """)
        #expect(
            try TableFixture.cells(.pods, yaml) == [
                "test1", "1/2", "podPhase", "6", "<unknown>", "1.1.1.1", "test1", "node1", "1/3",
            ])
    }

    @Test func a27_wideWithoutNodeOrIP() throws {
        let yaml = pod("test2", Self.twoContainers + "status:\n  phase: podPhase\n")
        #expect(try TableFixture.cells(.pods, yaml).suffix(4) == ["<none>", "<none>", "<none>", "<none>"])
    }

    @Test(arguments: ["Running", "Pending", "Unknown", "Succeeded", "Failed"])
    func a28_phaseIsTheStatus(phase: String) throws {
        let yaml = pod(
            "test",
            Self.twoContainers + """
                status:
                  phase: \(phase)
                  containerStatuses:
                  - {ready: true, restartCount: 3, state: {running: {}}}
                  - {restartCount: 3}
                """)
        #expect(try row(yaml)[2] == .string(phase))
    }

    @Test func ageFromCreationTimestamp() throws {
        let yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: young, creationTimestamp: '\(TableFixture.ago(330))'}
            spec: {containers: [{name: a}]}
            status: {phase: Pending}
            """
        #expect(try row(yaml) == ["young", "0/1", "Pending", "0", "5m30s"])
    }
}
