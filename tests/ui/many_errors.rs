// Every problem of a catalog is reported in one build, each as its own error.
errcat::catalog!("tests/ui/many_errors.yaml");

fn main() {}
