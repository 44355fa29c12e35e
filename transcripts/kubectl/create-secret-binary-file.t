create secret generic (and docker-registry) --from-file keeps a file that is not UTF-8 as its
raw bytes, base64-encoded, as kubectl does: the value decodes back to the same bytes.
  $ printf '\377\376k\0008\000s\000\n' > utf16.txt
  $ kubectl create secret generic raw --from-file=utf16.txt --dry-run=client -o yaml
  apiVersion: v1
  data:
    utf16.txt: //5rADgAcwAK
  kind: Secret
  metadata:
    creationTimestamp: null
    name: raw
  $ kubectl create secret generic raw --from-file=key=utf16.txt --from-literal=plain=text
  secret/raw created
  $ kubectl get secret raw -o jsonpath='{.data.key}{"\n"}{.data.plain}{"\n"}'
  //5rADgAcwAK
  dGV4dA==
  $ kubectl get secret raw -o jsonpath='{.data.key}' | base64 -d | od -An -c
   377 376   k  \0   8  \0   s  \0  \n
  $ mkdir d && printf '\200\201\n' > d/bytes && printf 'text\n' > d/words
  $ kubectl create secret generic dir --from-file=d --dry-run=client -o jsonpath='{.data}{"\n"}'
  {"bytes":"gIEK","words":"dGV4dAo="}
  $ kubectl create secret docker-registry reg --from-file=.dockerconfigjson=utf16.txt --dry-run=client -o jsonpath='{.data}{"\n"}'
  {".dockerconfigjson":"//5rADgAcwAK"}
