kubectl cp runs tar in the container to pack or unpack files, so it copies only where the image
has tar. nginx (GNU tar) and busybox have it; the lab's goweb image does not, and a copy fails as
kubectl's does for an image without tar. The argument checks are kubectl's.
  $ kubectl run web --image=nginx
  pod/web created
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ sleep 30
  $ mkdir -p site/css
  $ echo '<h1>hello</h1>' > site/index.html
  $ echo 'h1 { color: red }' > site/css/main.css

A file into a path that names the file:
  $ kubectl cp site/index.html web:/usr/share/nginx/html/index.html
  $ kubectl exec web -- cat /usr/share/nginx/html/index.html
  <h1>hello</h1>

Into a directory the container has, the copy keeps the source's name; a directory goes whole:
  $ kubectl cp site web:/tmp
  $ kubectl exec web -- ls -R /tmp/site
  /tmp/site:
  css
  index.html
  
  /tmp/site/css:
  main.css
  $ kubectl cp site/css/main.css box:/tmp/
  $ kubectl exec box -- cat /tmp/main.css
  h1 { color: red }

Out of the pod: tar's note on the leading slash reaches kubectl's output. A directory's contents
land in the local path named.
  $ kubectl cp web:/tmp/site ./copy
  tar: Removing leading `/' from member names
  $ ls -R copy
  copy:
  css  index.html
  
  copy/css:
  main.css
  $ kubectl cp web:/etc/hosts ./hosts
  tar: Removing leading `/' from member names
  $ tail -1 hosts
  10.244.1.8	web
  $ kubectl cp box:/etc/hostname ./box-hostname
  tar: removing leading '/' from member names
  $ cat box-hostname
  box

Missing files: tar's own words (GNU or busybox), and, out of a pod, the copy still succeeds as
kubectl's does (its exit status does not reach kubectl):
  $ kubectl cp web:/tmp/nope ./nope; echo $?
  tar: Removing leading `/' from member names
  tar: /tmp/nope: Cannot stat: No such file or directory
  tar: Exiting with failure status due to previous errors
  0
  $ kubectl cp box:/tmp/nope ./nope; echo $?
  tar: /tmp/nope: No such file or directory
  tar: error exit delayed from previous errors
  0
  $ kubectl cp site/index.html web:/no/such/dir/index.html; echo $?
  tar: /no/such/dir: Cannot open: No such file or directory
  tar: Error is not recoverable: exiting now
  command terminated with exit code 2
  2
  $ kubectl cp site/index.html box:/no/such/dir/index.html; echo $?
  tar: can't change directory to '/no/such/dir': No such file or directory
  command terminated with exit code 1
  1
  $ kubectl cp ./missing.txt web:/tmp/
  error: ./missing.txt doesn't exist in local filesystem
  $ kubectl cp web:/etc/hosts /tmp
  tar: Removing leading `/' from member names
  error: open /tmp: is a directory
  $ kubectl cp web:/etc/hosts /etc/hosts.web
  tar: Removing leading `/' from member names
  error: open /etc/hosts.web: permission denied

Files copied in live as long as the container does: a new pod starts from its image again.
  $ kubectl delete pod web --now
  pod "web" deleted
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 30
  $ kubectl exec web -- ls /tmp

Images without tar, and the argument checks:
  $ echo hello > /tmp/index.html
  $ kubectl cp /tmp/index.html goweb:/tmp/index.html
  error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "fd356ddc82ac3ded3ea0e8c5b3ca57621398f12b9223eb06d6b95faa066810e2": OCI runtime exec failed: exec failed: unable to start container process: exec: "tar": executable file not found in $PATH: unknown
  $ kubectl cp goweb:/etc/hosts ./hosts
  error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "eb10700e08b0a11483f91beb0e3a52e662819f23983654d19846080f9bc9be09": OCI runtime exec failed: exec failed: unable to start container process: exec: "tar": executable file not found in $PATH: unknown
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
