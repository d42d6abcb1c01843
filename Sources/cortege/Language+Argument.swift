import ArgumentParser
import CortegeCore

/// `--lang fr` or `--lang en`.
extension Language: ExpressibleByArgument {}
