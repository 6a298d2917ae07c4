// Transcribed from /work/shared/content/top-10-backend-frameworks-2024.txt
// (post by Annie). Overview, pros, cons, use cases, key features, intro and
// conclusion are verbatim from the source (whitespace-normalised only).
export interface FrameworkSeed {
  slug: string;
  rank: number;
  name: string;
  language: string;
  firstReleased: number;
  creator: string;
  architecture: string;
  bestFor: string;
  overview: string;
  pros: string[];
  cons: string[];
  bestUseCasesSummary: string | null;
  bestUseCases: string[];
  keyFeatures: string[];
}
export const topTenPost: {
  slug: 'top-10-backend-frameworks-2024';
  title: string;
  excerpt: string;
  intro: string;
  conclusion: string;
} = {
  slug: 'top-10-backend-frameworks-2024',
  title: "Top 10 Backend Frameworks for Web Development in 2024",
  excerpt: "A side-by-side look at ten popular backend frameworks for 2024, from Laravel and Django to Express.js and Koa.js, with the pros, cons, best use cases and key features of each.",
  intro: "Backend frameworks are libraries that provide a structure for creating web applications and APIs. They simplify the development by using ready-made code to solve common tasks, such as routing, working with databases, and data security.\n\nBackend frameworks are essential because they make writing applications easier, create better codes, and improve scalability. When frameworks are well designed, teams can work together more efficiently, follow best practices, and keep their projects consistent. Frameworks come in handy when managing the complexity of web applications that are becoming more elaborate daily, thus ensuring future maintenance.\n\nBackend frameworks are widely adopted because they are fully equipped with web development features, have active communities behind them, and can accommodate various types of web applications.",
  conclusion: "The success of any web development project relies on choosing the right backend framework. Each framework is robust in certain areas but has weaknesses and ideal use cases. As we've explored, some frameworks like Laravel, Django, and Spring Boot excel at building robust, scalable applications for enterprises, while others like Express.js, Flask, and Koa.js are better suited for lightweight, high-performance APIs and microservices.",
};

export const frameworkSeeds: FrameworkSeed[] = [
  {
    slug: "laravel",
    rank: 1,
    name: "Laravel",
    language: "PHP",
    firstReleased: 2011,
    creator: "Taylor Otwell",
    architecture: "MVC",
    bestFor: "Full-featured PHP apps and SaaS products",
    overview: "Laravel is a free PHP framework for web applications developed by Taylor Otwell in 2011. The code syntax emphasizes elegance, simplicity, and readability in its syntax and structure. It uses the model-view-controller (MVC) architecture, where each component interacts with two other interconnected but separate elements.",
    pros: [
      "Modular packaging system and dependency management via Composer",
      "Built-in support for authentication, caching, queuing, and more",
      "Expressive and terse syntax with a focus on developer experience",
      "A large and active community providing many packages and learning resources",
    ],
    cons: [
      "Can be overly opinionated, requiring conformance to Laravel conventions",
      "Potential performance overhead compared to micro-frameworks",
      "The steep learning curve for developers new to Laravel",
    ],
    bestUseCasesSummary: "Laravel is perfect for building websites of any size, from small personal projects to large enterprise applications. It suits B2B sites, e-commerce platforms, content management systems, and SaaS applications.",
    bestUseCases: [],
    keyFeatures: [
      "Eloquent ORM for working with databases",
      "Blade templating engine for views",
      "Artisan command-line tool for tasks and code generation",
      "Built-in support for unit testing",
      "Robust security features like protection against SQL injection and XSS",
    ],
  },
  {
    slug: "django",
    rank: 2,
    name: "Django",
    language: "Python",
    firstReleased: 2005,
    creator: "Adrian Holovaty and Simon Willison",
    architecture: "MVT",
    bestFor: "Data-driven sites and content management",
    overview: "Django is a Python web framework that follows the Model-View-Template (MVT) architectural pattern. Since its release in 2003, this backend development framework has become one of the most popular for web development.",
    pros: [
      "Built-in features for common web development and Protection against common vulnerabilities",
      "Excellent documentation and community support",
      "Supports multiple databases out of the box (PostgreSQL, MySQL, SQLite, Oracle)",
      "Built-in admin interface for managing data",
    ],
    cons: [
      "Monolithic design can make it less suitable for building microservices or smaller web applications.",
      "The steep learning curve for beginners due to its \"opinionated\" nature",
      "ORM (Object-Relational Mapping) can lead to performance issues for complex queries",
      "Limited flexibility compared to lower-level frameworks like Flask",
    ],
    bestUseCasesSummary: "Django is perfect for creating all sorts of web applications, including small individual projects or complex, massive data-driven sites. Content management systems are one area where Django thrives, while others include social networks, news portals, and e-commerce platforms.",
    bestUseCases: [],
    keyFeatures: [
      "Model-View-Template (MVT) architecture",
      "Object-relational mapping (ORM) for interacting with databases",
      "Built-in admin interface",
      "Form handling and validation",
      "Caching and localization support",
      "Testing framework for writing unit tests",
    ],
  },
  {
    slug: "spring-boot",
    rank: 3,
    name: "Spring Boot",
    language: "Java",
    firstReleased: 2014,
    creator: "Pivotal (VMware)",
    architecture: "Microservices / auto-configured Spring",
    bestFor: "Enterprise Java services and cloud-native APIs",
    overview: "It is an open-source Java-based framework that simplifies building production-ready applications. Its introduction was to speed up application development by reducing boilerplate code writing and autotomizing configurations. The product offers all these right out of the box, including embedded servers or production-ready monitoring tools.",
    pros: [
      "Rapid application development with minimal configuration",
      "Embedded servers like Tomcat and Jetty for easy deployment",
      "Automatic configuration and dependency management",
      "Robust monitoring and management tools",
      "Large and active community with extensive documentation",
    ],
    cons: [
      "Limited flexibility due to an opinionated approach",
      "The steep learning curve for developers new to the Spring ecosystem",
      "It can be overkill for very simple applications",
    ],
    bestUseCasesSummary: "Spring Boot excels at building highly scalable and robust enterprise applications, microservices, and APIs. It's particularly well-suited for cloud-native applications due to its lightweight nature and embedded servers.",
    bestUseCases: [],
    keyFeatures: [
      "Auto-configuration for faster setup and reduced boilerplate code",
      "Embedded servers (Tomcat, Jetty, Undertow) for easy deployment",
      "Starter dependencies for quickly adding shared libraries",
      "Actuator for production-ready monitoring and management",
      "Spring Boot CLI for writing Groovy scripts",
    ],
  },
  {
    slug: "ruby-on-rails",
    rank: 4,
    name: "Ruby on Rails",
    language: "Ruby",
    firstReleased: 2004,
    creator: "David Heinemeier Hansson",
    architecture: "MVC",
    bestFor: "Rapid prototyping of data-driven web apps",
    overview: "Rails emphasizes using well-designed programming patterns and principles to increase code simplicity and developer productivity. Its \"convention over configuration\" approach means that developers only need to specify unconventional aspects of their application. For everything else, Rails uses sensible defaults to minimize repetitive coding tasks.",
    pros: [
      "Rapid development with built-in functionality for standard web app features",
      "A large and active community providing extensive libraries (gems) and support",
      "Convention over configuration reduces boilerplate code",
      "Integrated testing framework and emphasis on test-driven development",
    ],
    cons: [
      "It can be slower than low-level frameworks for high-traffic apps",
      "\"Magic\" abstractions can make it harder to understand lower-level details",
      "Less flexibility than barebones frameworks for unconventional apps",
      "Opinionated, so requires adhering to Rails conventions",
    ],
    bestUseCasesSummary: "Ruby on Rails excels at rapid prototyping and developing standard data-driven web applications like blogs, e-commerce sites, content management systems, and SaaS products. Its built-in conventions and large community make it highly productive for common web app use cases.",
    bestUseCases: [],
    keyFeatures: [
      "Model-View-Controller (MVC) architecture",
      "RESTful routing",
      "Active Record ORM for database abstraction",
      "Built-in support for Ajax, APIs, caching, and more",
      "Integrated testing with RSpec and other tools",
      "Asset pipeline for processing CSS, JavaScript, images",
    ],
  },
  {
    slug: "express",
    rank: 5,
    name: "Express.js",
    language: "JavaScript (Node.js)",
    firstReleased: 2010,
    creator: "TJ Holowaychuk",
    architecture: "Minimalist middleware",
    bestFor: "Lightweight Node.js APIs and microservices",
    overview: "Express.js is a minimalist and flexible Node.js network application framework with strong features for creating internet and mobile apps. Due to its simplicity, lightweight nature, and extensive middleware ecosystem, it has gained huge goodwill in the web development world.",
    pros: [
      "Lightweight and minimalistic, allowing for greater flexibility and control",
      "Easy to learn and get started with, thanks to its simple API",
      "Highly scalable and suitable for building large-scale applications",
      "Extensive middleware ecosystem, enabling developers to add functionality as needed",
    ],
    cons: [
      "Lack of built-in features, requiring developers to configure and integrate additional modules manually",
      "Potential security vulnerabilities, if not correctly configured or maintained",
      "The steep learning curve for more complex applications and architectures",
    ],
    bestUseCasesSummary: null,
    bestUseCases: [
      "Building APIs and microservices",
      "Real-time applications and chat apps",
      "Single-page applications (SPAs)",
      "Rapid prototyping and MVPs",
    ],
    keyFeatures: [
      "Routing and URL handling",
      "Middleware support for request/response handling",
      "Template engine integration (e.g., Pug, EJS)",
      "Asynchronous programming with async/await",
      "Robust developer community and extensive documentation",
    ],
  },
  {
    slug: "nestjs",
    rank: 6,
    name: "NestJS",
    language: "TypeScript (Node.js)",
    firstReleased: 2017,
    creator: "Kamil Myśliwiec",
    architecture: "Modular, dependency injection",
    bestFor: "Structured enterprise Node.js backends",
    overview: "Despite being new, NestJs brings some of Angular's architectural patterns and design principles to the Node.js world. Businesses prefer it for building scalable and enterprise-grade applications, especially with complex business logic and multiple microservices.",
    pros: [
      "Opinionated architecture based on Angular patterns",
      "Dependency injection and modular structure",
      "TypeScript support out of the box",
      "Excellent for building scalable and enterprise-grade applications",
      "Supports WebSockets, GraphQL, and other modern web technologies",
      "An active and growing community",
    ],
    cons: [
      "Steep learning curve, especially for developers new to Angular patterns",
      "Relatively young framework with a smaller ecosystem compared to more established options",
      "Opinionated nature may not suit all development teams or projects",
    ],
    bestUseCasesSummary: null,
    bestUseCases: [],
    keyFeatures: [
      "Modular architecture with dependency injection",
      "Built-in support for TypeScript",
      "WebSockets and GraphQL support",
      "Powerful command-line interface (CLI) for scaffolding and managing projects",
      "Robust testing utilities and support for various testing frameworks",
      "Middleware and Pipes for handling cross-cutting concerns",
    ],
  },
  {
    slug: "flask",
    rank: 7,
    name: "Flask",
    language: "Python",
    firstReleased: 2010,
    creator: "Armin Ronacher",
    architecture: "Micro-framework",
    bestFor: "Small Python apps, APIs and MVPs",
    overview: "Flask is a Python-supported license for open-source applications that serve small and medium sites. Armin Ronacher made it available to everyone who wanted it in 2010. Its simplicity, flexibility, and ease of use have made Flask a favorite among developers who prefer minimalist approaches to comprehensive control over their application architecture.",
    pros: [
      "Lightweight and minimalistic",
      "Easy to learn and get started with",
      "Flexible and extensible with a wide range of extensions",
      "Suitable for prototyping and small applications",
    ],
    cons: [
      "Lacks built-in features and tools for more extensive applications",
      "Requires more manual configuration and setup",
      "Smaller community and fewer resources compared to the Django",
    ],
    bestUseCasesSummary: null,
    bestUseCases: [
      "Small to medium-sized web applications",
      "APIs and microservices",
      "Prototyping and MVPs",
    ],
    keyFeatures: [
      "Routing and URL mapping",
      "Template engine (Jinja2)",
      "Built-in development server and debugger",
      "Support for secure cookies and user sessions",
      "Extensible with third-party libraries and extensions",
    ],
  },
  {
    slug: "phoenix",
    rank: 8,
    name: "Phoenix",
    language: "Elixir",
    firstReleased: 2014,
    creator: "Chris McCord",
    architecture: "MVC on the BEAM",
    bestFor: "Real-time, fault-tolerant web applications",
    overview: "Phoenix is a server-rendered model-view-controller(MVC) based web development framework designed for the Elixir programming language. It emphasizes developer productivity and real-time functionality. It is designed to be a contemporary, productive web framework built on top of Erlang's battle-tested VM and the functional programming basis of Elixir.",
    pros: [
      "Real-time functionality with WebSockets built-in",
      "Fault-tolerant and scalable thanks to the Erlang VM",
      "Productive development with Elixir's syntax",
      "Deployment ready with built-in tooling",
    ],
    cons: [
      "Relatively new and smaller community compared to other frameworks",
      "The steep learning curve for those new to functional programming",
      "Limited flexibility for deviating from the MVC pattern",
    ],
    bestUseCasesSummary: "This includes real-time web applications such as chat apps, collaboration tools, and gaming platforms, among others; Phoenix is best suited for all of these. Furthermore, it can be used to build APIs, single-page applications, or high-performance websites as well because it has advantages in each case.",
    bestUseCases: [],
    keyFeatures: [
      "LiveView for building real-time UIs without writing JavaScript",
      "Channels for real-time communication with WebSockets",
      "OTP for building fault-tolerant, distributed applications",
      "Comprehensive tooling for development, testing, and deployment",
    ],
  },
  {
    slug: "aspnet-core",
    rank: 9,
    name: "ASP.NET Core",
    language: "C#",
    firstReleased: 2016,
    creator: "Microsoft",
    architecture: "Modular middleware pipeline",
    bestFor: "Cross-platform enterprise and cloud apps",
    overview: "Open-source ASP.NET Core allows you to build modern cloud-based applications using any platform. This version was released in 2016 when Microsoft released a lightweight, redesigned alternative to the traditional ASP.NET that was more customizable and modular.",
    pros: [
      "Cross-platform support (Windows, Linux, macOS)",
      "High performance and scalability",
      "Modular design for flexibility",
      "A rich ecosystem with many libraries and tools",
      "Integration with Microsoft Azure cloud services",
    ],
    cons: [
      "The steep learning curve for new developers",
      "Limited community support compared to Node.js",
      "Potential vendor lock-in with Microsoft stack",
    ],
    bestUseCasesSummary: null,
    bestUseCases: [
      "Enterprise web applications",
      "Cloud and microservices architectures",
      "Real-time applications with SignalR",
      "Internet of Things (IoT) applications",
    ],
    keyFeatures: [
      "Razor Pages for building dynamic web UI",
      "Entity Framework Core for data access",
      "Dependency injection and middleware pipeline",
      "Built-in support for containerization with Docker",
      "Powerful tooling with Visual Studio and .NET CLI",
    ],
  },
  {
    slug: "koa",
    rank: 10,
    name: "Koa.js",
    language: "JavaScript (Node.js)",
    firstReleased: 2013,
    creator: "The Express.js team",
    architecture: "Middleware cascade",
    bestFor: "Modern async APIs with minimal footprint",
    overview: "Koa.js is a light web framework for Node.js that enables the development of robust web apps and APIs. Developed by the Express.js team in 2013, it aims to enhance performance and user experience.",
    pros: [
      "Lightweight and modular architecture",
      "Improved performance and scalability compared to Express.js",
      "Modern JavaScript features with async/await support",
      "Middleware-based approach for better code organization",
    ],
    cons: [
      "Smaller community and fewer third-party modules compared to Express.js",
      "The steeper learning curve for developers new to Node.js",
      "Limited built-in functionality, requiring additional middleware for common tasks",
    ],
    bestUseCasesSummary: null,
    bestUseCases: [
      "Building high-performance web applications and APIs",
      "Developing real-time applications with WebSocket support",
      "Creating microservices and serverless functions",
    ],
    keyFeatures: [
      "Async/await support for better asynchronous control flow",
      "Middleware cascading for better code organization and reusability",
      "HTTP request/response handling with content-negotiation support",
      "Built-in WebSocket support for real-time applications",
      "Robust error handling and exception management",
    ],
  },
];
