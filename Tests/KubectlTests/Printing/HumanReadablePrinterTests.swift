import KubeAPI
import Kubectl
import Testing

/// Client-side decoration and layout, checked against real kubectl 1.32 output for the same tables
/// (captured with shared/tools/kubectl-capture against hand-made Table responses).
@Suite struct HumanReadablePrinterTests {
    static func object(_ name: String, _ namespace: String, labels: [String: String] = [:]) -> KubeObject {
        var object = KubeObject(["metadata": ["name": .string(name), "namespace": .string(namespace)]])
        object.labels = labels
        return object
    }

    /// Awkward cells: a line break, an escape sequence, a tab, integers, booleans, a nil, non-ASCII.
    static let oddPods = Table(
        columns: [
            Table.Column("Name"), Table.Column("Multi"), Table.Column("Esc"), Table.Column("Tab"), Table.Column("Num"),
            Table.Column("Flag"), Table.Column("Nil", priority: 1), Table.Column("Uni"),
        ],
        rows: [
            Table.Row(
                cells: ["p1", "a\nb", "\u{1B}[31mred", "x\ty", 7, .bool(true), .none, "héllo wörld"],
                object: object("p1", "default", labels: ["app": "web", "tier": "fe", "x/y": "z"])),
            Table.Row(
                cells: ["p2", "ok", "plain", "z", 12345, .bool(false), "wide-only", "ü"],
                object: object("p2", "default")),
            Table.Row(
                cells: ["p3", "r\rs", "f\u{0C}g", "", 0, .bool(true), "w", "end"],
                object: object("p3", "other", labels: ["app": "db"])),
        ])

    static var defaultPods: Table {
        var table = oddPods
        table.rows.removeLast()
        return table
    }

    static let emptyServices = Table(columns: [Table.Column("Name"), Table.Column("Type")])
    static let deployments = Table(
        columns: [Table.Column("Name"), Table.Column("Ready")],
        rows: [Table.Row(cells: ["d1", "1/1"], object: object("d1", "default"))])
    static let events = Table(
        columns: [Table.Column("Last Seen"), Table.Column("Object"), Table.Column("Name", priority: 1)],
        rows: [Table.Row(cells: ["1s", "pod/p1", "e1"], object: object("e1", "default"))])

    @Test func cellsAreCutEscapedAndFormatted() {
        let output = HumanReadablePrinter.render([TableGroup(type: .pods, table: Self.defaultPods)])
        #expect(
            output == """
                NAME   MULTI   ESC         TAB   NUM     FLAG    UNI
                p1     a...    ^[[31mred   x     y       7       true   héllo wörld
                p2     ok      plain       z     12345   false   ü

                """)
    }

    @Test func namespaceWideLabelColumnsAndLabels() {
        let options = TablePrintOptions(
            wide: true, allNamespaces: true, labelColumns: ["app", "x/y"], showLabels: true)
        let output = HumanReadablePrinter.render([TableGroup(type: .pods, table: Self.oddPods)], options: options)
        #expect(
            output == """
                NAMESPACE   NAME   MULTI   ESC         TAB   NUM     FLAG    NIL         UNI   APP           Y     LABELS
                default     p1     a...    ^[[31mred   x     y       7       true              héllo wörld   web   z     app=web,tier=fe,x/y=z
                default     p2     ok      plain       z     12345   false   wide-only   ü                         <none>
                other       p3     r...    f...              0       true    w           end   db                  app=db

                """)
    }

    @Test func noHeaders() {
        let output = HumanReadablePrinter.render(
            [TableGroup(type: .pods, table: Self.defaultPods)], options: TablePrintOptions(noHeaders: true))
        #expect(
            output == """
                p1    a...   ^[[31mred   x     y       7       true   héllo wörld
                p2    ok     plain       z     12345   false   ü

                """)
    }

    @Test func emptyGroupsPrintNothingAndAddNoSeparator() {
        let groups = [
            TableGroup(type: .services, table: Self.emptyServices), TableGroup(type: .pods, table: Self.defaultPods),
            TableGroup(type: .services, table: Self.emptyServices),
            TableGroup(type: .deployments, table: Self.deployments),
        ]
        #expect(
            HumanReadablePrinter.render(groups) == """
                NAME     MULTI   ESC         TAB   NUM     FLAG    UNI
                pod/p1   a...    ^[[31mred   x     y       7       true   héllo wörld
                pod/p2   ok      plain       z     12345   false   ü

                NAME                 READY
                deployment.apps/d1   1/1

                """)
        #expect(HumanReadablePrinter.render([TableGroup(type: .services, table: Self.emptyServices)]).isEmpty)
    }

    @Test func kindPrefixGoesToTheNameColumnEvenWhenWideOnly() {
        let groups = [
            TableGroup(type: .events, table: Self.events), TableGroup(type: .deployments, table: Self.deployments),
        ]
        #expect(
            HumanReadablePrinter.render(groups, options: TablePrintOptions(wide: true)) == """
                LAST SEEN   OBJECT   NAME
                1s          pod/p1   event/e1

                NAME                 READY
                deployment.apps/d1   1/1

                """)
        #expect(HumanReadablePrinter.render(groups).hasPrefix("LAST SEEN   OBJECT\n1s          pod/p1\n\n"))
    }

    @Test func forcedKindPrefixForOneKind() {
        let output = HumanReadablePrinter.render(
            [TableGroup(type: .deployments, table: Self.deployments)], options: TablePrintOptions(showKind: true))
        #expect(output == "NAME                 READY\ndeployment.apps/d1   1/1\n")
    }

    @Test func laterTablesOfTheSameKindContinueWithoutHeaderAndKeepWidths() {
        var printer = HumanReadablePrinter()
        var output = printer.print(Self.deployments, of: .deployments)
        output += printer.flush()
        #expect(output == "NAME   READY\nd1     1/1\n")
        let wider = Table(
            columns: Self.deployments.columns,
            rows: [
                Table.Row(cells: ["a-much-longer-name", "0/1"], object: Self.object("a-much-longer-name", "default"))
            ])
        #expect(printer.print(Self.deployments, of: .deployments) + printer.flush() == "d1     1/1\n")
        #expect(printer.print(wider, of: .deployments) + printer.flush() == "a-much-longer-name   0/1\n")
        #expect(printer.print(Self.deployments, of: .deployments) + printer.flush() == "d1                   1/1\n")
        #expect(printer.hasPrinted)
    }

    @Test func aTableWithoutRowsLeavesTheHeaderToTheFirstRow() {
        var printer = HumanReadablePrinter()
        let empty = Table(columns: Self.deployments.columns)
        #expect(printer.print(empty, of: .deployments) + printer.flush() == "")
        #expect(printer.print(Self.deployments, of: .deployments) + printer.flush() == "NAME   READY\nd1     1/1\n")
        #expect(printer.print(Self.deployments, of: .deployments) + printer.flush() == "d1     1/1\n")
    }

    @Test func watchEventColumnComesFirst() {
        var printer = HumanReadablePrinter(options: TablePrintOptions(allNamespaces: true))
        let first = printer.print(Self.deployments, of: .deployments, watchEvent: "ADDED") + printer.flush()
        #expect(first == "EVENT      NAMESPACE   NAME   READY\nADDED      default     d1     1/1\n")
        let next = printer.print(Self.deployments, of: .deployments, watchEvent: "DELETED") + printer.flush()
        #expect(next == "DELETED    default     d1     1/1\n")
    }

    @Test func noResourcesMessages() {
        #expect(
            NoResourcesFound.message(types: [.pods], namespace: "kube-public", allNamespaces: false)
                == "No resources found in kube-public namespace.\n")
        #expect(
            NoResourcesFound.message(types: [.pods], namespace: "default", allNamespaces: true)
                == "No resources found\n")
        #expect(
            NoResourcesFound.message(types: [.pods, .nodes], namespace: "default", allNamespaces: false)
                == "No resources found\n")
    }
}
