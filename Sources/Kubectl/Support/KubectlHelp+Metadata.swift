extension KubectlHelp {
    static let annotate = """
        Add, change or remove annotations: notes on an object that tools and people read, which,
        unlike labels, nothing selects by. An annotation already set keeps its value unless
        --overwrite is given; a trailing '-' removes one.

        Examples:
          kubectl annotate deployment web owner=team-a
          kubectl annotate deployment web owner=team-b --overwrite
          kubectl annotate pods --all reviewed=yes
          kubectl annotate deployment web owner-

        Options:
              --overwrite=false   Allow annotations that are already set to change value
              --all               Every object of the type in the namespace
          -l, --selector=QUERY    The objects whose labels match
              --list              Show the annotations instead of changing them
              --dry-run='none'    Only print what would happen: client or server

        Usage:
          kubectl annotate [--overwrite] (TYPE NAME | TYPE/NAME | TYPE --all | TYPE -l QUERY) KEY_1=VAL_1 ... KEY_N- [options]

        """
}
