`ls -R` lists each directory under its own heading. To a terminal each listing is laid out in
columns (tabs between them, as GNU ls does with its default tab size of 8); into a pipe every
name takes a line of its own. Files named as operands come first, then each directory.
  $ mkdir -p lab/manifests/apps lab/manifests/net lab/notes && cd lab
  $ touch manifests/apps/{deployment-web.yaml,deployment-api.yaml,service-web.yaml,service-api.yaml,configmap.yaml,secret-db.yaml,hpa.yaml}
  $ touch manifests/net/{policy-deny-all.yaml,policy-allow-dns.yaml} notes/{day1.txt,day2.txt} README
  $ ls -R
  .:
  README	manifests  notes
  
  ./manifests:
  apps  net
  
  ./manifests/apps:
  configmap.yaml	     deployment-web.yaml  secret-db.yaml    service-web.yaml
  deployment-api.yaml  hpa.yaml		  service-api.yaml
  
  ./manifests/net:
  policy-allow-dns.yaml  policy-deny-all.yaml
  
  ./notes:
  day1.txt  day2.txt
  $ ls -R manifests notes README
  README
  
  manifests:
  apps  net
  
  manifests/apps:
  configmap.yaml	     deployment-web.yaml  secret-db.yaml    service-web.yaml
  deployment-api.yaml  hpa.yaml		  service-api.yaml
  
  manifests/net:
  policy-allow-dns.yaml  policy-deny-all.yaml
  
  notes:
  day1.txt  day2.txt
  $ ls -R | head -5
  .:
  README
  manifests
  notes
  
  $ ls -R notes | cat -A
  notes:$
  day1.txt$
  day2.txt$
