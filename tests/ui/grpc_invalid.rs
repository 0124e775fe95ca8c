errcat::catalog!("tests/ui/grpc_invalid.yaml");

fn main() {}
