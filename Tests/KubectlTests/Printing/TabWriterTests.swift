import Kubectl
import Testing

/// Go text/tabwriter semantics, in the two settings kubectl uses.
@Suite struct TabWriterTests {
    func layout(_ text: String, _ writer: TabWriter = .forGet()) -> String {
        var writer = writer
        writer.write(text)
        return writer.flush()
    }

    @Test func getColumnsAreAtLeastSixWideAndLastCellUnpadded() {
        #expect(layout("A\tB\tC\nlonger\tx\ty\n") == "A        B     C\nlonger   x     y\n")
    }

    @Test func emptyLastCellLeavesThePaddingOfThePreviousCell() {
        #expect(layout("NAME\tAPP\nweb\t\n") == "NAME   APP\nweb    \n")
    }

    @Test func widthsCountRunesNotBytes() {
        #expect(layout("héllo\tx\nab\ty\n") == "héllo   x\nab      y\n")
    }

    @Test func padsCellsFarNarrowerThanTheirColumn() {
        let long = String(repeating: "x", count: 150)
        #expect(layout("\(long)\ta\nb\tc\n") == "\(long)   a\nb" + String(repeating: " ", count: 152) + "c\n")
    }

    @Test func aCarriageReturnBeforeANewlineStaysInItsCell() {
        #expect(layout("ab\r\tx\nc\ty\n") == "ab\r   x\nc     y\n")
    }

    @Test func aFinalLineWithoutNewlineStaysWithoutOne() {
        #expect(layout("a\tb\nc\td") == "a     b\nc     d")
    }

    @Test func rememberedWidthsNeverShrinkUntilForgotten() {
        var writer = TabWriter.forGet()
        writer.write("NAME\tSTATUS\nlong-pod-name\tRunning\n")
        #expect(writer.flush() == "NAME            STATUS\nlong-pod-name   Running\n")
        writer.write("p\tPending\n")
        #expect(writer.flush() == "p               Pending\n")
        writer.write("an-even-longer-name\tDone\n")
        #expect(writer.flush() == "an-even-longer-name   Done\n")
        writer.forgetWidths()
        writer.write("p\tx\n")
        #expect(writer.flush() == "p     x\n")
    }

    /// `kubectl describe pod crashy` (kubectl-output-cases.md C54), written the way describe writes it:
    /// tab-less lines end alignment blocks, and the events table is flushed on its own.
    @Test func describeBlocksRestartAtTabLessLines() {
        var writer = TabWriter.forDescribe()
        writer.write(
            """
            Name:\tcrashy
            Namespace:\tdefault
            Priority:\t0
            Service Account:\tdefault
            Node:\tkind-worker/172.18.0.2
            Start Time:\tFri, 27 Nov 2026 03:24:11 +0000
            Labels:\t<none>
            Annotations:\t<none>
            Status:\tRunning
            IP:\t10.244.1.9
            IPs:
              IP:\t10.244.1.9
            Containers:
              crashy:
                Container ID:\tcontainerd://0123456789abcdef
                Image:\tbusybox:1.36
                Image ID:\tdocker.io/library/busybox:1.36@sha256:abc
                Port:\t<none>
                Host Port:\t<none>
                State:\tWaiting
                  Reason:\tCrashLoopBackOff
                Last State:\tTerminated
                  Reason:\tError
                  Exit Code:\t1
                  Started:\tFri, 27 Nov 2026 03:28:01 +0000
                  Finished:\tFri, 27 Nov 2026 03:28:06 +0000
                Ready:\tFalse
                Restart Count:\t5
                Environment:\t<none>
                Mounts:\t<none>
            Conditions:
              Type\tStatus
              Ready \tFalse\u{20}
            Volumes:\t<none>
            QoS Class:\tBestEffort
            Node-Selectors:\t<none>
            Tolerations:\tnode.kubernetes.io/not-ready:NoExecute op=Exists for 300s
            \tnode.kubernetes.io/unreachable:NoExecute op=Exists for 300s

            """)
        var output = writer.flush()
        writer.write(
            """
            Events:
              Type\tReason\tAge\tFrom\tMessage
              ----\t------\t----\t----\t-------
              Normal\tScheduled\t5m36s\tdefault-scheduler\tSuccessfully assigned default/crashy to kind-worker
              Normal\tPulled\t5m35s\tkubelet\tSuccessfully pulled image "busybox:1.36" in 1.2s (1.2s including waiting). Image size: 2166802 bytes.
              Normal\tCreated\t101s (x6 over 5m35s)\tkubelet\tCreated container: crashy
              Normal\tStarted\t101s (x6 over 5m34s)\tkubelet\tStarted container crashy
              Warning\tBackOff\t16s (x25 over 5m6s)\tkubelet\tBack-off restarting failed container crashy in pod crashy_default(uid-crashy)

            """)
        output += writer.flush()
        #expect(
            output == """
                Name:             crashy
                Namespace:        default
                Priority:         0
                Service Account:  default
                Node:             kind-worker/172.18.0.2
                Start Time:       Fri, 27 Nov 2026 03:24:11 +0000
                Labels:           <none>
                Annotations:      <none>
                Status:           Running
                IP:               10.244.1.9
                IPs:
                  IP:  10.244.1.9
                Containers:
                  crashy:
                    Container ID:   containerd://0123456789abcdef
                    Image:          busybox:1.36
                    Image ID:       docker.io/library/busybox:1.36@sha256:abc
                    Port:           <none>
                    Host Port:      <none>
                    State:          Waiting
                      Reason:       CrashLoopBackOff
                    Last State:     Terminated
                      Reason:       Error
                      Exit Code:    1
                      Started:      Fri, 27 Nov 2026 03:28:01 +0000
                      Finished:     Fri, 27 Nov 2026 03:28:06 +0000
                    Ready:          False
                    Restart Count:  5
                    Environment:    <none>
                    Mounts:         <none>
                Conditions:
                  Type           Status
                  Ready          False\u{20}
                Volumes:         <none>
                QoS Class:       BestEffort
                Node-Selectors:  <none>
                Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                 node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
                Events:
                  Type     Reason     Age                   From               Message
                  ----     ------     ----                  ----               -------
                  Normal   Scheduled  5m36s                 default-scheduler  Successfully assigned default/crashy to kind-worker
                  Normal   Pulled     5m35s                 kubelet            Successfully pulled image "busybox:1.36" in 1.2s (1.2s including waiting). Image size: 2166802 bytes.
                  Normal   Created    101s (x6 over 5m35s)  kubelet            Created container: crashy
                  Normal   Started    101s (x6 over 5m34s)  kubelet            Started container crashy
                  Warning  BackOff    16s (x25 over 5m6s)   kubelet            Back-off restarting failed container crashy in pod crashy_default(uid-crashy)

                """)
    }

    /// A second-column block is a run of lines with at least three cells (describe's service ports).
    @Test func innerColumnsHaveTheirOwnBlocks() {
        let text = "Port:\tdns\t53/UDP\nTargetPort:\t53/UDP\nPort:\tdns-tcp\t53/TCP\n"
        #expect(
            layout(text, .forDescribe())
                == "Port:        dns  53/UDP\nTargetPort:  53/UDP\nPort:        dns-tcp  53/TCP\n")
    }
}

/// Rows written cell by cell lay out as rows written whole.
@Suite struct TabWriterCellTests {
    @Test func cellByCellEqualsWholeRows() {
        var whole = TabWriter.forGet()
        var cells = TabWriter.forGet()
        for row in [["NAME", "READY"], ["web", "1/1"], [], ["a-much-longer-name", ""]] {
            whole.writeRow(row)
            for cell in row { cells.writeCell(cell) }
            cells.endRow()
        }
        #expect(cells.flush() == whole.flush())
    }
}
