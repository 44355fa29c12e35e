extension KubectlHelp {
    static let explain = """
        Show the documentation of a kind of object, or of one of its fields. Name the field with
        dots, as in a manifest: pods.spec.containers. The text comes from the schema the API
        server publishes, so it matches the versions this cluster serves.

        Examples:
          # What a pod is, and its top-level fields
          kubectl explain pods

          # One field, and the fields below it
          kubectl explain pods.spec.containers.livenessProbe

          # Every field of a Deployment's spec, as an indented tree
          kubectl explain deployment.spec --recursive

          # A kind of a particular group/version
          kubectl explain hpa --api-version=autoscaling/v2

        Options:
            --api-version='':
        \tUse this group/version of the resource (for example apps/v1) instead of the one the
        \tserver prefers.

            -o, --output='plaintext':
        \tHow to print: plaintext, or plaintext-openapiv2 for the older OpenAPI v2 layout.

            --recursive=false:
        \tList the fields below each field too, names and types only.

        Usage:
          kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
