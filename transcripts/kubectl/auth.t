kubectl auth can-i asks the API server whether the current user may do something; the lab's
kubeconfig is the cluster admin's, so the answer is yes unless the question is malformed.
  $ kubectl auth can-i
  error: you must specify two arguments: verb resource or verb resource/resourceName.
  See 'kubectl auth can-i -h' for help and examples.
  $ kubectl auth can-i get
  error: you must specify two arguments: verb resource or verb resource/resourceName.
  See 'kubectl auth can-i -h' for help and examples.
  $ kubectl auth can-i create deployments
  yes
  $ kubectl auth can-i delete nodes -A
  yes
  $ kubectl auth can-i get bogus
  Warning: the server doesn't have a resource type 'bogus'
  
  yes
  $ kubectl auth can-i get pods --subresource=log
  yes
  $ kubectl auth can-i list secrets -n kube-system -q