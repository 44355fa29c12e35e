Every kubectl subcommand has its own help, in kubectl's layout (description, aliases, examples,
options, usage and the pointer to kubectl options), written for this lab; kubectl options lists
the flags every command takes.
  $ kubectl create deploy --help
  Create a Deployment that runs the given image(s).
  
  Aliases:
  deployment, deploy
  
  Examples:
    # A Deployment named web with one nginx pod
    kubectl create deployment web --image=nginx
    
    # Three replicas that listen on port 80
    kubectl create deployment web --image=nginx --replicas=3 --port=80
    
    # Give the container a command
    kubectl create deployment sleeper --image=busybox -- sleep 3600
  
  Options:
      --dry-run='none':
  	client or server: only show what would be created (with -o yaml or -o json).
  
      --image=[]:
  	The image of a container (repeat for more containers). Required.
  
      -o, --output='':
  	Print the object instead of a message: json, yaml, name, jsonpath=...
  
      --port=-1:
  	The port the container listens on.
  
      -r, --replicas=1:
  	How many pods the Deployment keeps.
  
  Usage:
    kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]
  
  Use "kubectl options" for a list of global command-line options (applies to all commands).
  $ kubectl set image -h
  Change the image of containers in a pod template (or a pod), which starts a rollout for a workload.
  
  Examples:
    # The container nginx of the Deployment web
    kubectl set image deployment/web nginx=nginx:1.27
    
    # Every container
    kubectl set image deployment/web *=nginx:1.27
  
  Options:
      --all=false:
  	Every object of the type in the namespace.
  
      -f, --filename=[]:
  	Files, directories or - (standard input) holding the manifests.
  
      -k, --kustomize='':
  	A kustomization directory whose built objects are used instead.
  
      -o, --output='':
  	Print the changed object: json, yaml, name...
  
      -R, --recursive=false:
  	Read the directories given with -f and those below them.
  
      -l, --selector='':
  	Only objects whose labels match.
  
  Usage:
    kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]
  
  Use "kubectl options" for a list of global command-line options (applies to all commands).
  $ kubectl config view --help
  Show the kubeconfig: clusters, users and contexts. Certificates and keys are shown as DATA+OMITTED unless --raw.
  
  Examples:
    # The whole kubeconfig
    kubectl config view
    
    # Only what the current context uses
    kubectl config view --minify
  
  Options:
      --minify=false:
  	Only the current context and what it refers to.
  
      -o, --output='':
  	yaml (the default), json or jsonpath=...
  
      --raw=false:
  	Show certificates and keys as they are.
  
  Usage:
    kubectl config view [flags] [options]
  
  Use "kubectl options" for a list of global command-line options (applies to all commands).
  $ kubectl create secret generic --help | head -3
  Create a Secret of type Opaque from literal values, files or an env file. The values are stored base64 encoded.
  
  Examples:
  $ kubectl rollout undo deployment/web --help | tail -4
  Usage:
    kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]
  
  Use "kubectl options" for a list of global command-line options (applies to all commands).
  $ kubectl top node --help | head -4
  Show the CPU and memory use of nodes, and their share of what each node can give pods.
  
  Aliases:
  node, nodes, no
  $ kubectl explain --help | tail -3
    kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]
  
  Use "kubectl options" for a list of global command-line options (applies to all commands).
  $ kubectl options | head -5
  The following options can be passed to any command:
  
      --as='':
  	Act as this user (or service account) for the request.
  
