/// Orders strings by Unicode code point, as GNU tools do in the C.UTF-8 locale.
func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}

/// Orders substrings by Unicode code point, as GNU tools do in the C.UTF-8 locale.
func codePointOrder(_ lhs: Substring, _ rhs: Substring) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}
