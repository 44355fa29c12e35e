import KubeAPI

extension ClusterInfoDump {
    /// Where the dump goes: standard output, or a file per list under `--output-directory`
    /// (`nodes.json`, `NS/pods.json`, `NS/POD/logs.txt`), made as kubectl makes them.
    ///
    /// One printer prints every list, so with `-o yaml` each list after the first starts with
    /// `---`, in a file of its own too.
    struct Output {
        let context: VerbContext
        let format: OutputFormat
        /// The directory, nil for standard output (no flag, empty, or `-`).
        let directory: String?
        private var printed = 0

        init(context: VerbContext, format: OutputFormat) {
            self.context = context
            self.format = format
            let directory = context.flags.string("output-directory") ?? ""
            self.directory = directory.isEmpty || directory == "-" ? nil : directory
        }

        /// A list, printed in the chosen format.
        mutating func write(_ list: JSONValue, file: String) throws(KubectlFailure) {
            let buffer = OutputBuffer()
            let io = directory == nil ? context.io : IOStreams(sink: buffer)
            if case .yaml = format {
                printed += 1
                if printed > 1 { io.out("---\n") }
                YAMLPrinter.write(list, to: io)
            } else if case .json = format {
                JSONPrinter.write(list, sortingKeys: false, to: io)
            } else {
                switch try format.objectPrinter(context: context, noHeaders: false) {
                case .jsonpath(let printer): io.out(try printer.print(list))
                case .goTemplate(let printer): try printer.print(list, raw: list, io: io)
                default: break
                }
            }
            try save(buffer.stdout, file: file + fileExtension)
        }

        /// Text as it is (the pods' logs), in a `.txt` file.
        func writeText(_ text: String, file: String) throws(KubectlFailure) {
            if directory == nil { return context.io.out(text) }
            try save(text, file: file + ".txt")
        }

        private var fileExtension: String {
            switch format {
            case .json: ".json"
            case .yaml: ".yaml"
            default: ".txt"
            }
        }

        /// `os.MkdirAll` of the file's folder and `os.Create` of the file; errors end the dump.
        private func save(_ text: String, file: String) throws(KubectlFailure) {
            guard let directory else { return }
            guard let files = context.localFiles else { throw .error("open \(file): read-only file system") }
            let path = GoPath.join(directory, file)
            if let failure = files.makeDirectories(GoPath.directory(path)) { throw .error(failure) }
            if let failure = files.create(path, text) { throw .error(failure) }
        }
    }
}
