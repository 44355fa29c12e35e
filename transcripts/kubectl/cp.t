kubectl cp runs tar in the container to pack or unpack files. The lab's containers have no tar
(their filesystems hold only what the kubelet writes), so a copy fails as kubectl's does for an
image without tar; the argument checks are kubectl's.
  $ echo hello > /tmp/index.html
  $ kubectl cp /tmp/index.html goweb:/tmp/index.html
  error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: exec: "tar": executable file not found in $PATH: unknown
  $ kubectl cp goweb:/etc/hosts ./hosts
  error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: exec: "tar": executable file not found in $PATH: unknown
  $ kubectl cp ./missing.txt goweb:/tmp/
  error: ./missing.txt doesn't exist in local filesystem
  $ kubectl cp a.txt b.txt
  error: one of src or dest must be a remote file specification
  $ kubectl cp :/etc/hosts hosts
  error: filespec must match the canonical format: [[namespace/]pod:]file/path
  $ kubectl cp goweb: ./x
  error: filepath can not be empty
  $ kubectl cp nope:/etc/hosts ./hosts
  Error from server (NotFound): pods "nope" not found
  $ kubectl cp /tmp/index.html
  error: source and destination are required
