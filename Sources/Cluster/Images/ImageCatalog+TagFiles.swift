extension ImageCatalog.Image {
    /// The image's own files as its `tag` carries them: a `{NAME}` in a file's text is the tag's
    /// value of that name (`perTag`: Alpine's `/etc/alpine-release` is `{version}`). A file naming
    /// a value the tag does not give, or holding only braces that are not placeholders, is kept as written.
    public func files(tag: String) -> [ImageCatalog.ImageFile] {
        let values = perTag[tag] ?? [:]
        return files.map { file in
            guard file.content.contains("{"), let filled = Cluster.fill(file.content, values) else { return file }
            return ImageCatalog.ImageFile(path: file.path, content: filled)
        }
    }
}
