import Cluster
import KubeAPI
import Kubectl

/// `podman ps`: the node containers, running ones unless `-a` (or a `status` filter, or
/// `--last`) asks for all, oldest first. Laid out by podman's report writer: its default
/// table, `--format` Go templates (`table ...` with headers through a tabwriter of minimum
/// width 12 and padding 2; others as they are, once per container), `--format json`, or `-q`.
struct PodmanPs {
    let cluster: Cluster
    let containers: [HostContainer]
    let inspectData: PodmanInspectData

    func run(_ arguments: [String], io: IOStreams) -> Int32 {
        let options: PodmanPsOptions
        switch PodmanPsOptions.parse(arguments) {
        case .success(let parsed): options = parsed
        case .failure(let error): return fail(error, io)
        }
        let everyRow = containers.map {
            PodmanPsRow(container: $0, state: cluster.nodeContainer($0.name), inspect: inspectData.container($0), now: cluster.now)
        }
        let filter: PodmanPsFilter
        switch PodmanPsFilter.parse(options.filters, rows: everyRow) {
        case .success(let parsed): filter = parsed
        case .failure(let error): return fail(error, io)
        }
        let rows = listed(everyRow, options: options, filter: filter)
        if let format = options.format, Self.isJSON(format) {
            io.out(GoIndentedJSON.encode(.array(rows.map(\.json)), indent: "  "))
            return 0
        }
        if options.quiet && options.format == nil {
            io.out(rows.map { (options.noTrunc ? $0.container.id : $0.container.shortID) + "\n" }.joined())
            return 0
        }
        return report(rows, options: options, io: io)
    }

    /// The containers to list, in podman's order.
    private func listed(_ rows: [PodmanPsRow], options: PodmanPsOptions, filter: PodmanPsFilter) -> [PodmanPsRow] {
        let last = options.latest ? 1 : options.last
        let all = options.all || last > 0 || filter.namesStatus
        var chosen = rows.filter { filter.matches($0) && (all || $0.isRunning) }
        chosen.sort { $0.container.created < $1.container.created }
        if last > 0 { chosen = Array(chosen.suffix(last)) }
        if let key = options.sort { chosen = Self.sorted(chosen, by: key) }
        return chosen
    }

    /// `--sort`: a stable sort on one field (podman sorts the few rows by insertion).
    private static func sorted(_ rows: [PodmanPsRow], by key: String) -> [PodmanPsRow] {
        func less(_ a: PodmanPsRow, _ b: PodmanPsRow) -> Bool {
            switch key {
            case "command": a.container.command < b.container.command
            case "id": a.container.id < b.container.id
            case "image": a.container.image < b.container.image
            case "names": a.container.name < b.container.name
            case "runningfor": a.startedAt.seconds < b.startedAt.seconds
            case "status": a.stateName < b.stateName
            case "created": a.container.created < b.container.created
            default: false
            }
        }
        var result: [PodmanPsRow] = []
        for row in rows {
            let index = result.lastIndex { !less(row, $0) }.map { $0 + 1 } ?? 0
            result.insert(row, at: index)
        }
        return result
    }

    private func report(_ rows: [PodmanPsRow], options: PodmanPsOptions, io: IOStreams) -> Int32 {
        let template = PodmanReportTemplate(userFormat: options.format, defaultRow: Self.defaultRow(options))
        let noHeading = options.noHeading || (options.format != nil && !template.isTable)
        var output = ""
        if !noHeading {
            switch GoTemplateRender.render(template.text, name: "ps", data: .array([PodmanPsRow.headers]), functions: .podman) {
            case .success(let text): output += text
            case .failure(let failure): return templateFailure(output + failure.output, failure, template: template, io: io)
            }
        }
        let data = JSONValue.array(rows.map { $0.templateData(noTrunc: options.noTrunc) })
        switch GoTemplateRender.render(template.text, name: "ps", data: data, functions: .podman) {
        case .success(let text): output += text
        case .failure(let failure): return templateFailure(output + failure.output, failure, template: template, io: io)
        }
        io.out(template.aligns ? Self.aligned(output) : output)
        return 0
    }

    private func templateFailure(_ partial: String, _ failure: GoTemplateError, template: PodmanReportTemplate, io: IOStreams) -> Int32 {
        io.out(template.aligns ? Self.aligned(partial) : partial)
        io.err("Error: \(failure.message)\n")
        return 125
    }

    /// The default table's row, with `--pod`'s two columns.
    private static func defaultRow(_ options: PodmanPsOptions) -> String {
        var row = "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}"
        if options.pod { row += "\t{{.Pod}}\t{{.PodName}}" }
        return "{{range .}}" + row + "\n{{end -}}"
    }

    private static func aligned(_ text: String) -> String {
        var writer = TabWriter(minWidth: 12, padding: 2)
        writer.write(text)
        return writer.flush()
    }

    /// podman's test for JSON output: `json`, `{{json}}` or `{{json.}}`, spaces around allowed.
    /// (`{{json .}}` is a valid template, so it runs as one.)
    static func isJSON(_ format: String) -> Bool {
        var rest = format.drop { $0.isWhitespace }
        while rest.last?.isWhitespace == true { rest = rest.dropLast() }
        if rest == "json" { return true }
        guard rest.hasPrefix("{{"), rest.hasSuffix("}}") else { return false }
        rest = rest.dropFirst(2).dropLast(2).drop { $0.isWhitespace }
        guard rest.hasPrefix("json") else { return false }
        rest = rest.dropFirst(4)
        if rest.first == "." { rest = rest.dropFirst() }
        return rest.allSatisfy(\.isWhitespace)
    }

    private func fail(_ error: PodmanPsError, _ io: IOStreams) -> Int32 {
        io.err(error.text)
        return 125
    }
}
