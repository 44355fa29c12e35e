import KubeAPI

extension Kubeconfig {
    /// The files a kubeconfig was loaded from, as client-go's loading rules pick them: the
    /// `--kubeconfig` file alone, else each file `$KUBECONFIG` lists (merged, the first to name an
    /// entry winning), else `~/.kube/config`. A missing file counts as an empty one.
    struct Chain {
        var paths: [String]
        /// Each file's text when it was read, nil when it did not exist.
        var texts: [String?]
        /// Each file's own kubeconfig, nil when it did not exist.
        var files: [Kubeconfig?]
        /// Where new entries and a new current context are written.
        var destination: String
    }

    /// Reads the kubeconfig from the host's files again when they changed since the last command
    /// (a learner may edit, copy or remove them, or point `$KUBECONFIG` elsewhere). `mustExist`:
    /// a `--kubeconfig` file that is missing is an error for clients of the apiserver.
    func reload(explicit: String?, mustExist: Bool) throws(KubectlFailure) {
        guard let storage else { return }
        var paths = [storage.home + "/.kube/config"]
        var destination = paths[0]
        if let explicit, !explicit.isEmpty {
            if mustExist, storage.read(explicit) == nil { throw .error("stat \(explicit): no such file or directory") }
            paths = [explicit]
            destination = explicit
        } else if let variable = storage.variable(), !variable.isEmpty {
            paths = variable.split(separator: ":").map(String.init).reduce(into: []) { list, path in
                if !list.contains(path) { list.append(path) }
            }
            if paths.isEmpty { paths = [storage.home + "/.kube/config"] }
            destination = paths.count == 1 ? paths[0] : paths.first { storage.read($0) != nil } ?? paths[paths.count - 1]
        }
        let texts = paths.map(storage.read)
        if let chain, chain.paths == paths, chain.texts == texts { return }
        var files: [Kubeconfig?] = []
        for (path, text) in zip(paths, texts) {
            guard let text else {
                files.append(nil)
                continue
            }
            do {
                files.append(try Self.parsedFile(text))
            } catch {
                throw .error("error loading config file \(GoSyntax.quoted(path)): \(error.message)")
            }
        }
        merge(files, paths: paths)
        path = destination
        chain = Chain(paths: paths, texts: texts, files: files, destination: destination)
    }

    /// Takes the merged view of the files: each entry from the first file naming it, the first
    /// current context set.
    private func merge(_ files: [Kubeconfig?], paths: [String]) {
        for section in KubeconfigSection.allCases {
            var merged: [Entry] = []
            for (file, path) in zip(files, paths) {
                for var entry in file?.entries(section) ?? [] where !merged.contains(where: { $0.name == entry.name }) {
                    entry.origin = path
                    merged.append(entry)
                }
            }
            setEntries(merged, in: section)
        }
        currentContext = files.lazy.compactMap { $0?.currentContext }.first { !$0.isEmpty } ?? ""
        colors = files.contains { $0?.colors ?? false }
    }

    /// Writes a change back as client-go does: each entry to the file it came from, new entries
    /// and a new current context to the destination; files whose content did not change are
    /// left alone. Without host files, the change stays in memory.
    func save() {
        guard let storage, let chain else { return }
        // Clearing the current context clears it in the first file that sets one.
        let clearing = chain.files.firstIndex { $0?.currentContext.isEmpty == false }
        for (index, path) in chain.paths.enumerated() {
            let before = chain.files[index]
            let file = Kubeconfig(clusters: [], users: [], contexts: [], currentContext: before?.currentContext ?? "")
            file.colors = before?.colors ?? false
            for section in KubeconfigSection.allCases {
                file.setEntries(entries(section).filter { ($0.origin.isEmpty ? chain.destination : $0.origin) == path }, in: section)
            }
            if currentContext != chain.currentContext {
                if !currentContext.isEmpty, path == chain.destination { file.currentContext = currentContext }
                if currentContext.isEmpty, index == clearing { file.currentContext = "" }
            }
            if path == chain.destination { file.colors = colors }
            let text = YAMLPrinter.print(file.document(minify: false, raw: true).sortedKeys)
            if before.map({ YAMLPrinter.print($0.document(minify: false, raw: true).sortedKeys) }) == text { continue }
            if before == nil, file.isEmpty, path != chain.destination { continue }
            _ = storage.write(path, text)
        }
    }

    /// Whether the kubeconfig holds nothing at all.
    var isEmpty: Bool { clusters.isEmpty && users.isEmpty && contexts.isEmpty && currentContext.isEmpty && !colors }
}

extension Kubeconfig.Chain {
    /// The merged current context the files held when read.
    var currentContext: String { files.lazy.compactMap { $0?.currentContext }.first { !$0.isEmpty } ?? "" }
}
