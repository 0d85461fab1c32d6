// type-graphql and MikroORM decorators read reflection metadata.
import 'reflect-metadata';
