"""Software, infrastructure, data, machine learning and analytics tools. Format: see skill_vocabulary.py."""

SKILL_LINES = r"""
Python | python3 | =Py
Java
JavaScript | =JS | ECMAScript | ES6
TypeScript | =TS
=Go | Golang
=Rust
C language | C programming | ANSI C
C++ | cpp
C# | csharp | =C Sharp
.NET | dotnet | ASP.NET | .NET Core
=Ruby
Ruby on Rails | =Rails
PHP
Kotlin
=Swift
Objective-C
Scala
=R
MATLAB
=Julia
Perl
=Bash | shell scripting
PowerShell
SQL
NoSQL
HTML | HTML5
CSS | CSS3 | Sass | SCSS
VBA | Visual Basic
SAS
Stata
SPSS
COBOL
Fortran
Haskell
Elixir
Erlang
Clojure
=Dart
Lua
Solidity
GraphQL
REST | REST API | REST APIs | RESTful | RESTful APIs
gRPC
SOAP
WebSockets | WebSocket
=React | React.js | ReactJS
React Native
Angular | AngularJS
Vue | Vue.js | VueJS
Svelte
Next.js | NextJS
Node.js | =Node | NodeJS
Express.js | =Express
Django
=Flask
FastAPI
Spring Boot | =Spring
Laravel
jQuery
Redux
Tailwind CSS | Tailwind
=Bootstrap
=Flutter
Android
iOS
=Unity
Unreal Engine
PostgreSQL | Postgres | psql
MySQL
MariaDB
SQLite
Oracle Database | Oracle DB
Microsoft SQL Server | SQL Server | MSSQL | T-SQL
MongoDB | Mongo
Redis
=Cassandra | Apache Cassandra
DynamoDB
Elasticsearch | Elastic Search | OpenSearch
=Snowflake
BigQuery | Google BigQuery
Redshift | Amazon Redshift
Databricks
Apache Spark | =Spark | PySpark
Hadoop | Apache Hadoop
=Hive | Apache Hive
Apache Kafka | Kafka
RabbitMQ
Apache Airflow | =Airflow
dbt
Apache Flink | Flink
Neo4j
Memcached
ClickHouse
Amazon Web Services | AWS
Amazon EC2 | EC2
AWS Lambda | =Lambda
Amazon S3 | S3
Amazon SQS | SQS
Amazon RDS | RDS
Amazon ECS | ECS
Amazon EKS | EKS
CloudFormation | AWS CloudFormation
AWS CDK | CDK
Google Cloud Platform | GCP | Google Cloud
Microsoft Azure | Azure
Docker
~Containerization | containers
Kubernetes | =K8s | k8s
=Helm
Terraform
Ansible
=Puppet
=Chef
Pulumi
Jenkins
GitHub Actions
GitLab CI | GitLab CI/CD
CircleCI
CI/CD | continuous integration | continuous delivery | continuous deployment | CI / CD
Git | GitHub | GitLab | Bitbucket
Linux | Unix
Nginx
Apache HTTP Server
Prometheus
Grafana
Datadog
Splunk
New Relic
OpenTelemetry
ELK Stack | ELK
PagerDuty
Site reliability engineering | =SRE
Infrastructure as code | =IaC
~Microservices | microservice architecture | microservice
~Event-driven architecture | event-driven systems | event-driven
~Distributed systems
~System design
~Serverless
~DevOps
~Observability
Chaos engineering
~Load balancing
~Incident management | incident response
~On-call
~Code review | code reviews
Test-driven development | =TDD
~Unit testing | unit tests
Pytest
=Jest
Selenium
=Cypress
=Playwright
JUnit
~Quality assurance | =QA
~Object-oriented programming | =OOP
~Functional programming
~Data structures
~Algorithms
~API design
~Web development
~Mobile development
~Cloud computing
~Networking | TCP/IP
~Cybersecurity | information security | InfoSec
Penetration testing | pen testing
Identity and access management | =IAM
OAuth | OAuth2 | OAuth 2.0
PCI DSS | PCI-DSS | PCI
SOC 2 | SOC2
HIPAA
GDPR
ISO 27001
Machine learning | =ML | machine-learning
Deep learning
Artificial intelligence | =AI
Natural language processing | =NLP
Computer vision
Large language models | =LLM | LLMs | =LLMs
Generative AI | GenAI
Reinforcement learning
Recommender systems | recommendation systems | recommendation engines
~Time series forecasting | time-series forecasting | demand forecasting | forecasting
~Statistical modelling | statistical modeling | statistics | statistical analysis
~Regression analysis | regression | linear regression | logistic regression
Bayesian statistics | Bayesian methods | Bayesian inference | Bayesian
Causal inference
~Experiment design | experimental design | design of experiments
A/B testing | A/B tests | A/B test | AB testing | split testing
~Experimentation
Hypothesis testing
Survival analysis
Feature engineering
MLOps
TensorFlow
PyTorch
Keras
scikit-learn | sklearn | scikit learn
XGBoost
LightGBM
CatBoost
pandas
NumPy
SciPy
statsmodels
Jupyter | Jupyter Notebooks
Hugging Face | HuggingFace | transformers
spaCy
NLTK
OpenCV
MLflow
Kubeflow
SageMaker | Amazon SageMaker
Vertex AI
LangChain
=Prophet
~Data analysis | data analytics | analytics
Data engineering
~Data modelling | data modeling
~Data visualization | data visualisation
~Data warehousing | data warehouse
~ETL | ELT | data pipelines
~Data governance
~Data science
~Business intelligence | =BI
Tableau
Power BI | PowerBI
Looker
Looker Studio | Google Data Studio | Data Studio
Qlik
Microsoft Excel | =Excel | MS Excel
Google Sheets
Pivot tables | PivotTables
Microsoft Office | MS Office | Office 365 | Microsoft 365
Microsoft Word | MS Word
PowerPoint
Microsoft Access
Google Workspace | G Suite
Alteryx
Mixpanel
=Amplitude
Google Analytics | =GA4 | GA4
=Heap
=Segment
Optimizely
Hotjar
Linear programming | mixed-integer programming | integer programming | MILP
Mathematical optimization | operations research | optimisation
~Simulation | discrete-event simulation | Monte Carlo simulation
Anomaly detection
~Clustering | k-means
Classification models
Time series analysis | time series
Graph databases
Service mesh
Istio
Linkerd
=Envoy
HashiCorp Vault | =Vault
=Consul
Argo CD | ArgoCD
Flux CD | FluxCD
OpenShift
=Nomad
=Packer
Kibana
Logstash
Loki
Jaeger
=Sentry
Chaos Mesh
=Gremlin
Dagster
Prefect
Apache Beam | =Beam
Apache Iceberg | =Iceberg
Delta Lake
Apache Hudi | Hudi
Trino | Presto
DuckDB
Fivetran
Airbyte
Great Expectations
Looker ML | LookML
Metabase
Superset | Apache Superset
Sisense
Domo
MicroStrategy
SAS Enterprise Guide
JMP
Minitab
"""
