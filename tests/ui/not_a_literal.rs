const PATH: &str = "errors.yaml";

errcat::catalog!(PATH);

fn main() {}
